// step_by(0) asserts inside std's iterator adapter.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    for i in (0..10).step_by(n(0)) { println!("{i}"); }
}
