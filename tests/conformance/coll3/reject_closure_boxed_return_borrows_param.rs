// E0373: a boxed closure returned from the function borrows the parameter `n`, which dies when the function returns.
fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(|x| x + n)
}

fn main() {
    let add = make_adder(3);
    println!("{}", add(4));
}
