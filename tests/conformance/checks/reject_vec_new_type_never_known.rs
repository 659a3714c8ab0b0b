// `let v = Vec::new();` whose element type nothing ever gives is E0282 (type annotations needed for `Vec<_>`)
fn main() {
    let v = Vec::new();
    println!("{}", v.len());
}
