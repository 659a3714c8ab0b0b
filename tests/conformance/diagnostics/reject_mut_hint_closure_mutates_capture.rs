// E0596: a closure pushing to a Vec not declared `mut`; the suggestion is at the `let`, outside the closure.
fn main() {
    let items = Vec::new();
    let add = || items.push(1);
    println!("{}", items.len());
    drop(add);
}
