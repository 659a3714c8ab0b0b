// E0502: `top` borrows the stack; popping while `top` is used afterwards.
fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.last() {
        stack.pop();
        println!("{}", top);
    }
}
