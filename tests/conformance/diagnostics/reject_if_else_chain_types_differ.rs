// E0308: an `else if` chain whose last branch differs; rustc labels the inner `then` value "expected because of this".
fn main() {
    let n = 7;
    let size = if n < 3 { 1 } else if n < 10 { 2 } else { "big" };
    println!("{size}");
}
