// Checks if/else if/else as statements and as expressions in let, in arguments and in returns.
fn classify(n: i32) -> String {
    let word = if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n % 2 == 0 {
        "even"
    } else {
        "odd"
    };
    word.to_string()
}

fn main() {
    let number = 6;
    let size = if number > 5 { "big" } else { "small" };
    println!("{number} is {size}");
    for n in [-3, 0, 4, 7] {
        println!("{n}: {}", classify(n));
    }
    let abs = if number < 0 { -number } else { number };
    println!("{}", abs + if abs > 3 { 100 } else { 0 });
    if number != 6 {
        println!("not six");
    }
}
