// String::truncate inside a character asserts at the caller.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let mut s = String::from("héllo"); s.truncate(n(2)); println!("{s}");
}
