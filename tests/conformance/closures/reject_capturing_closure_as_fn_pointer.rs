// E0308: a closure that captures a variable is not a function pointer.
fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let k = 3;
    println!("{}", apply(|x| x * k, 5));
}
