// Checks FizzBuzz written with a match on a tuple of remainders.
fn fizzbuzz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => String::from("FizzBuzz"),
        (0, _) => String::from("Fizz"),
        (_, 0) => String::from("Buzz"),
        _ => n.to_string(),
    }
}

fn main() {
    let mut line = String::new();
    for n in 1..=20 {
        line.push_str(&fizzbuzz(n));
        line.push(' ');
    }
    println!("{}", line.trim());
}
