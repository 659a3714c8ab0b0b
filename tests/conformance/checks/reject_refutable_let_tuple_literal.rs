// `let (1, y) = t;` is E0005: a literal inside a `let` pattern makes it refutable
fn main() {
    let t = (1, 2);
    let (1, y) = t;
    println!("{}", y);
}
