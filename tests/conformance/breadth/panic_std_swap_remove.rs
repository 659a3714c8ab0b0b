// swap_remove past the end panics inside alloc's Vec code.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let mut v = vec![1, 2]; v.swap_remove(n(5)); println!("{:?}", v);
}
