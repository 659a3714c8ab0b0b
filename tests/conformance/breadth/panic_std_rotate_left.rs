// rotate_left by more than the length: an assertion inside std's slice code.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let mut v = vec![1, 2, 3]; v.rotate_left(n(5)); println!("{:?}", v);
}
