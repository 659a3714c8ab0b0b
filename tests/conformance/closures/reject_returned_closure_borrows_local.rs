// E0373: the returned closure borrows a local of the function that returns it.
fn make_greeting() -> impl Fn() -> usize {
    let count = 3;
    || count * 2
}

fn main() {
    let f = make_greeting();
    println!("{}", f());
}
