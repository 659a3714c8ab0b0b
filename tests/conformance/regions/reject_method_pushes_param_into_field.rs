// rustc rejects: an elided `impl Stack<'_>` method stores its `&str` argument in `self.items`.
struct Stack<'a> {
    items: Vec<&'a str>,
}

impl Stack<'_> {
    fn add(&mut self, s: &str) {
        self.items.push(s);
    }
}

fn main() {
    let mut st = Stack { items: Vec::new() };
    st.add("a");
    println!("{}", st.items.len());
}
