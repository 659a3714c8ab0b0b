// Near miss of the liveness warnings: rustc compiles a program with unused variables and dead assignments, and the binary prints only its output.
fn main() {
    let unused = 2;
    let mut last = 0;
    last = 5;
    let mut y = 1;
    y = 2;
    for i in 0..2 {}
    println!("{last}");
}
