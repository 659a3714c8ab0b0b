// Checks tuple creation, .0/.1 indexing including nested tuples, destructuring let, and tuples as return values.
fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for v in values {
        if *v < lo { lo = *v; }
        if *v > hi { hi = *v; }
    }
    (lo, hi)
}

fn main() {
    let tup: (i32, f64, u8) = (500, 6.4, 1);
    let (x, y, z) = tup;
    println!("x={x} y={y} z={z}");
    println!("{} {} {}", tup.0, tup.1, tup.2);
    let nested = ((1, 2), (3, (4, 5)));
    println!("{} {}", nested.1.1.0, (nested.0).1);
    let (lo, hi) = min_max(&[4, -2, 9, 0]);
    println!("lo={lo} hi={hi}");
    let mut pair = (String::from("a"), 1);
    pair.0.push('b');
    pair.1 += 1;
    println!("{:?}", pair);
    let ((a, _), (_, (_, e))) = nested;
    println!("{a} {e}");
}
