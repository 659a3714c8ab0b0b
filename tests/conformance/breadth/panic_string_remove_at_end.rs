// String::remove at the length: there is no char to remove.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let mut s = String::from("héllo"); s.remove(n(6)); println!("{s}");
}
