// E0384: reassigning a binding of an `if let` pattern; rustc suggests `mut n` and `ref mut n`.
fn main() {
    let maybe = Some(3);
    if let Some(n) = maybe {
        println!("{n}");
        n = n * 2;
        println!("{n}");
    }
}
