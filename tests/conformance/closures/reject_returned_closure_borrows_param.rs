// E0373: a closure returned as `impl Fn` that borrows a parameter would outlive it.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n
}

fn main() {
    let add = make_adder(5);
    println!("{}", add(1));
}
