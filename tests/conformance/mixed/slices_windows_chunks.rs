// Checks slices of arrays and Vecs: ranges, split_at, windows, chunks, iter().max/min, and &mut slice mutation.
fn largest(xs: &[i32]) -> i32 {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn double_all(xs: &mut [i32]) {
    for x in xs.iter_mut() {
        *x *= 2;
    }
}

fn main() {
    let arr = [4, 8, 15, 16, 23, 42];
    let mid = &arr[1..4];
    println!("{:?} len {}", mid, mid.len());
    println!("{}", largest(&arr[..3]));
    let (left, right) = arr.split_at(2);
    println!("{:?} {:?}", left, right);
    for w in arr.windows(2) {
        print!("{} ", w[1] - w[0]);
    }
    println!();
    for c in arr.chunks(4) {
        println!("{:?}", c);
    }
    let mut v = arr.to_vec();
    double_all(&mut v[2..]);
    println!("{:?}", v);
    v[..2].copy_from_slice(&[0, 1]);
    println!("{:?}", v);
    println!("{:?} {:?}", v.iter().max(), v.iter().min());
    v.swap(0, 5);
    println!("{:?}", v);
    let total: i32 = v[1..=3].iter().sum();
    println!("{}", total);
    println!("{}", arr.contains(&23));
    println!("{:?}", &v[v.len() - 2..]);
    let s = "hello, world";
    println!("{} {}", &s[..5], &s[7..]);
    println!("{:?}", arr.iter().rev().skip(1).step_by(2).collect::<Vec<_>>());
}
