// near miss rustc accepts: the method's argument has the struct's lifetime `'a`, so it may be stored.
struct Stack<'a> {
    items: Vec<&'a str>,
}

impl<'a> Stack<'a> {
    fn add(&mut self, s: &'a str) {
        self.items.push(s);
    }

    fn top(&self) -> Option<&'a str> {
        self.items.last().copied()
    }

    fn first(&self) -> &'a str {
        self.items[0]
    }
}

fn main() {
    let owned = String::from("owned");
    let mut st = Stack { items: Vec::new() };
    st.add("a");
    st.add(&owned);
    println!("{:?} {}", st.top(), st.first());
}
