// Recursion: `factorial` calls itself, and each call gets its own frame with its own `n`
// Watch: the stack grows one `factorial` frame per call down to n = 1, then the frames pop one by one as each call multiplies and returns.

// factorial(4) = 4 * factorial(3) = 4 * 3 * factorial(2) = ... = 24
fn factorial(n: u64) -> u64 {
    if n <= 1 {
        // The base case: no further call, this frame returns at once.
        return 1;
    }
    // Before the multiplication can happen, factorial(n - 1) must return.
    // Until then this frame (with its own `n`) waits on the stack.
    let smaller = factorial(n - 1);
    n * smaller
}

fn main() {
    let n = 4;
    // Each frame holds a different `n`: 4, 3, 2, 1. They are separate slots,
    // even though they have the same name.
    let result = factorial(n);
    println!("{}! = {}", n, result);
}
