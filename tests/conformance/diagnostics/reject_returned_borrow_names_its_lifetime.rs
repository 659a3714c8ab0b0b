struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn top_or_push(&mut self) -> &i32 {
        if let Some(x) = self.items.last() {
            return x;
        }
        self.items.push(0);
        &self.items[0]
    }
}

fn first<'a>(v: &'a mut Vec<i32>) -> &'a i32 {
    if let Some(x) = v.first() {
        return x;
    }
    v.push(1);
    &v[0]
}

fn second(n: usize, v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.get(n) {
        return x;
    }
    v.push(2);
    &v[0]
}

fn main() {
    let mut s = Stack { items: vec![] };
    println!("{}", s.top_or_push());
    let mut v = vec![];
    println!("{} {}", first(&mut v), second(0, &mut v));
}
