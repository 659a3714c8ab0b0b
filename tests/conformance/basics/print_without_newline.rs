// Checks that print! emits no newline so consecutive calls share a line.
fn main() {
    let a = 1;
    let b = 2;
    print!("a={a}");
    print!(", ");
    print!("b={}", b);
    println!();
    print!("{}+{}=", a, b);
    println!("{}", a + b);
    print!("line one\nline two ");
    println!("end");
}
