// i32::clamp with min > max panics at the caller, with both bounds in the message.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let x = n(3) as i32; println!("{}", x.clamp(10, 2));
}
