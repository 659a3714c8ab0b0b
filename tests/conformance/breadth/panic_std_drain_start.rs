// Vec::drain checks its range inside std; the start past the end is named first.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let mut v = vec![1, 2]; let d: Vec<i32> = v.drain(n(5)..).collect(); println!("{:?}", d);
}
