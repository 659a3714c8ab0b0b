// A slice whose start is past the end: Rust 1.95 names the start first.
fn position(x: usize) -> usize {
    x
}

fn main() {
    let v = vec![1, 2];
    let from = position(5);
    println!("before");
    println!("{:?}", &v[from..1]);
}
