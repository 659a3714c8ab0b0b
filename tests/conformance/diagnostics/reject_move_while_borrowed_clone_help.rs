// E0505: moving out while borrowed: rustc labels the binding and the borrow (a field, a deref, a parameter) and suggests cloning what is borrowed.
struct P { name: String, tag: String }

fn eat(_s: String) {}

fn main() {
    let p = P { name: String::from("a"), tag: String::from("t") };
    let r = &p.name;
    eat(p.name);
    println!("{r}");
    let q = P { name: String::from("a"), tag: String::from("t") };
    let r2 = &q;
    eat(q.tag);
    println!("{}", r2.name);
    let v = vec![String::new()];
    let first = v.first();
    let w = v;
    println!("{:?} {}", first, w.len());
    let b = Box::new(String::from("b"));
    let rb = &*b;
    drop(b);
    println!("{rb}");
    show(String::from("x"));
}

fn show(x: String) {
    let rx = &x;
    let y = x;
    println!("{rx}{y}");
}
