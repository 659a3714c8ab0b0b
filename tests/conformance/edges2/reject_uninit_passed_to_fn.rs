// E0381: a declared but unassigned variable passed to a function.
fn foo(x: i32) -> i32 {
    x
}

fn main() {
    let x: i32;
    println!("{}", foo(x));
}
