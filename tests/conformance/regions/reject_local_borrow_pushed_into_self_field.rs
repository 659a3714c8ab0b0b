// E0597: a method stores a borrow of its own local in `self.lines`, which must live for `'a`.
struct Log<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Log<'a> {
    fn add(&mut self) {
        let s = String::from("x");
        self.lines.push(&s);
    }
}

fn main() {
    let mut l = Log { lines: Vec::new() };
    l.add();
    println!("{}", l.lines.len());
}
