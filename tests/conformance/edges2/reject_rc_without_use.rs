// E0433: `Rc` is not in the prelude; every path through it is reported, with the import help.
#[derive(Debug)]
struct Node {
    v: i32,
}

fn main() {
    let a = Rc::new(Node { v: 5 });
    let b = Rc::clone(&a);
    println!("{:?} {}", b, b.v);
}
