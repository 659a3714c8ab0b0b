// A method of `impl<'a> Parser<'a>` returning `&'a str` borrows the input, not the Parser: two calls in a row compile.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&mut self) -> &'a str {
        self.pos += 1;
        self.input
    }
}

fn main() {
    let text = String::from("let x = 5");
    let mut p = Parser { input: &text, pos: 0 };
    let a = p.rest();
    let b = p.rest();
    println!("{a} {b} {}", p.pos);
}
