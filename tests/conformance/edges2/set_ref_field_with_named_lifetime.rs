// Near miss: `s: &'a str` lives as long as the field needs.
struct Parser<'a> {
    input: &'a str,
}

impl<'a> Parser<'a> {
    fn reset(&mut self, s: &'a str) {
        self.input = s;
    }

    fn rest(&self) -> &'a str {
        &self.input[1..]
    }
}

fn main() {
    let text = String::from("abc");
    let mut p = Parser { input: &text };
    p.reset("xyz");
    let r = p.rest();
    println!("{} {}", p.input, r);
}
