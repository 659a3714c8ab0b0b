// Near miss: copy the value out of the borrow first.
fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(&top) = stack.last() {
        stack.pop();
        println!("{}", top);
    }
}
