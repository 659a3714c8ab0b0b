// str::repeat whose byte count overflows usize panics inside alloc.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let s = "ab".repeat(n(usize::MAX)); println!("{}", s.len());
}
