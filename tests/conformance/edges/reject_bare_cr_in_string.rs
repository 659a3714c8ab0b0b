// A bare carriage return inside a string literal is a lexer error: rustc asks for the escape `\r`.
fn main() {
    let text = "firstsecond";
    println!("{}", text.len());
}
