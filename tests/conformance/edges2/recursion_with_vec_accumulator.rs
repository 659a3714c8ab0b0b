// Recursion that threads a `&mut Vec` accumulator and returns through several frames.
fn collatz(n: u64, path: &mut Vec<u64>) -> usize {
    path.push(n);
    if n == 1 {
        return path.len();
    }
    if n % 2 == 0 { collatz(n / 2, path) } else { collatz(3 * n + 1, path) }
}

fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let mut p = Vec::new();
    let steps = collatz(6, &mut p);
    println!("{} {:?} {}", steps, p, fib(15));
}
