// Checks while let popping from a Vec used as a stack, pushing new work while looping.
fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{top} ");
    }
    println!();
    let mut work = vec![20u32];
    let mut steps = Vec::new();
    while let Some(n) = work.pop() {
        steps.push(n);
        if n > 1 {
            work.push(n / 2);
        }
    }
    println!("{:?}", steps);
    let mut opt = Some(3);
    while let Some(i) = opt {
        opt = if i == 0 { None } else { Some(i - 1) };
        print!("[{i}]");
    }
    println!();
}
