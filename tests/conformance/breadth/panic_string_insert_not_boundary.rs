// String::insert inside a multi-byte character asserts at the caller.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let mut s = String::from("héllo"); s.insert(n(2), 'x'); println!("{s}");
}
