// E0373: a closure returned from a function may outlive the local it borrows.
fn make_adder() -> Box<dyn Fn(i32) -> i32> {
    let n = 5;
    Box::new(|x| x + n)
}

fn main() {
    println!("{}", make_adder()(1));
}
