// char::from_digit with a radix over 36 panics inside core.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    println!("{:?}", char::from_digit(3, n(40) as u32));
}
