// `"5".parse().unwrap()` printed with `{}` and never given a type is E0284 (type annotations needed), not a Display error
fn main() {
    let x = "5".parse().unwrap();
    println!("{}", x);
}
