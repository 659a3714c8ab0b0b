// A Parser<'a> method returning a slice of its input (Option<&'a str>) called twice in a row.
struct Parser<'a> {
    input: &'a str,
}

impl<'a> Parser<'a> {
    fn head(&mut self, n: usize) -> Option<&'a str> {
        let rest = &self.input[n..];
        Some(&rest[..1])
    }
}

fn main() {
    let text = String::from("abc");
    let mut p = Parser { input: &text };
    let a = p.head(0);
    let b = p.head(1);
    println!("{:?} {:?}", a, b);
}
