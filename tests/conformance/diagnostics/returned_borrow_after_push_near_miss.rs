// Near miss of reject_returned_borrow_names_its_lifetime: push first, then return a
// borrow, so no borrow that is returned is alive at the push.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn top_or_push(&mut self) -> &i32 {
        if self.items.is_empty() {
            self.items.push(0);
        }
        &self.items[self.items.len() - 1]
    }
}

fn first<'a>(v: &'a mut Vec<i32>) -> &'a i32 {
    if v.is_empty() {
        v.push(1);
    }
    &v[0]
}

fn main() {
    let mut s = Stack { items: vec![] };
    println!("{}", s.top_or_push());
    let mut v = vec![];
    println!("{}", first(&mut v));
}
