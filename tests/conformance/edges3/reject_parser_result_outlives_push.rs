// E0502: the `&'a str` a Parser method returns still borrows `text`, which is then pushed to.
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
    let mut text = String::from("let x = 5");
    let mut p = Parser { input: &text, pos: 0 };
    let a = p.rest();
    text.push('!');
    println!("{a}");
}
