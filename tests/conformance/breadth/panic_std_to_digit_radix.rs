// to_digit with a radix over 36 panics inside core.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    println!("{:?}", 'z'.to_digit(n(40) as u32));
}
