// Overflows the stack with mutual recursion between is_even and is_odd that lacks a base case for negatives.
fn is_even(n: i64) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: i64) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn main() {
    println!("{}", is_even(10));
    println!("{}", is_even(-1));
}
