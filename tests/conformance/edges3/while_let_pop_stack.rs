// `while let Some(x) = stack.pop()` pushes more work while draining.
fn main() {
    let mut stack = vec![3];
    let mut seen = Vec::new();
    while let Some(n) = stack.pop() {
        seen.push(n);
        if n > 0 {
            stack.push(n - 1);
        }
    }
    println!("{:?} {}", seen, stack.is_empty());
}
