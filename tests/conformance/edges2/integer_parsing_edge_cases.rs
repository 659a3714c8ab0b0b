// `parse` of signs, spaces and overflow, and the errors' Display.
fn main() {
    for s in ["42", "+7", "-0", " 5", "", "300", "12a"] {
        match s.parse::<u8>() {
            Ok(n) => println!("{:?} -> {}", s, n),
            Err(e) => println!("{:?} -> error: {}", s, e),
        }
    }
    let f: Result<f64, _> = "2.5e3".parse();
    println!("{:?}", f);
}
