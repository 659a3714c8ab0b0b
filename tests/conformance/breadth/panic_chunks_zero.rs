// chunks(0) panics (it used to crash the interpreter).
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let v = vec![1, 2, 3]; for c in v.chunks(n(0)) { println!("{:?}", c); }
}
