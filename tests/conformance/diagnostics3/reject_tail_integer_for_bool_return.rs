// E0308: `fn is_big(n: i32) -> bool` ending in an `i32` expression; the label is on the return type.
fn is_big(n: i32) -> bool {
    n * 2
}

fn main() {
    println!("{}", is_big(4));
}
