// A buffer of more than isize::MAX bytes: capacity overflow, inside alloc.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let v: Vec<u32> = Vec::with_capacity(n(usize::MAX / 2)); println!("{}", v.len());
}
