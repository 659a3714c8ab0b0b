// A `&mut` parameter rebound to a local reborrow inside the function.
fn advance(mut cur: &mut Vec<i32>, other: &mut Vec<i32>, switch: bool) {
    cur.push(1);
    if switch {
        cur = other;
    }
    cur.push(2);
}

fn main() {
    let mut a = vec![];
    let mut b = vec![];
    advance(&mut a, &mut b, true);
    advance(&mut a, &mut b, false);
    println!("{:?} {:?}", a, b);
}
