// Lifetime error: storing a `&str` of any lifetime into a field that needs `'a`.
struct Parser<'a> {
    input: &'a str,
}

impl<'a> Parser<'a> {
    fn reset(&mut self, s: &str) {
        self.input = s;
    }
}

fn main() {
    let text = String::from("abc");
    let mut p = Parser { input: &text };
    p.reset("xyz");
    println!("{}", p.input);
}
