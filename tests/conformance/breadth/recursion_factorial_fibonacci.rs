// Checks recursive functions: factorial up to 20! in u64, naive Fibonacci, and mutual recursion.
fn factorial(n: u64) -> u64 {
    if n == 0 { 1 } else { n * factorial(n - 1) }
}

fn fib(n: u32) -> u32 {
    if n < 2 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn main() {
    println!("{} {} {}", factorial(0), factorial(10), factorial(20));
    for i in 0..15 {
        print!("{} ", fib(i));
    }
    println!();
    println!("{} {}", is_even(10), is_odd(7));
}
