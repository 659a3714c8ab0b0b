// `#[derive(Debug, Clone, Copy)]` with a `Vec` field is E0204 (it used to crash: two owners of one buffer)
#[derive(Debug, Clone, Copy)]
struct Stack {
    items: Vec<i32>,
}

fn main() {
    let s = Stack { items: vec![1] };
    let mut t = s;
    t.items.push(2);
    println!("{:?} {:?}", s, t);
}
