// A string literal written across a CRLF line break holds only LF, as rustc normalises CR LF in the source file.
fn main() {
    let greeting = "hello
world";
    println!("{:?} has {} bytes", greeting, greeting.len());
    let joined = "one \
        two";
    println!("{:?}", joined);
    for (i, line) in greeting.lines().enumerate() {
        println!("{}: {}", i, line);
    }
    print!("a
b
");
}
