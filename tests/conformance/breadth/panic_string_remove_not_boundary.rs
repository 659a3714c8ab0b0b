// String::remove inside a character panics with &str slicing's message.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let mut s = String::from("héllo"); s.remove(n(2)); println!("{s}");
}
