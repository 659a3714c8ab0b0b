// near miss: lifetimes declared on the function or its impl, `'static` and `'_` need no declaration
struct Holder<'a> {
    text: &'a str,
}

impl<'a> Holder<'a> {
    fn get(&self) -> &'a str {
        self.text
    }

    fn pick<'b>(&self, other: &'b str) -> &'b str {
        other
    }
}

fn longest<'x>(a: &'x str, b: &'x str) -> &'x str {
    if a.len() >= b.len() { a } else { b }
}

fn name() -> &'static str {
    "static"
}

fn show(h: &Holder<'_>) -> usize {
    h.text.len()
}

fn main() {
    let h = Holder { text: "held" };
    println!("{} {} {} {} {}", h.get(), h.pick("other"), longest("ab", "c"), name(), show(&h));
}
