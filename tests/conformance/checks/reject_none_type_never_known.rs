// `let x = None;` used only with `is_some()` is E0282 (type annotations needed for `Option<_>`)
fn main() {
    let x = None;
    println!("{}", x.is_some());
}
