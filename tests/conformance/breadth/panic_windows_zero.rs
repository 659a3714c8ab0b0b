// windows(0) panics (it used to loop forever).
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let v = vec![1, 2, 3]; for w in v.windows(n(0)) { println!("{:?}", w); }
}
