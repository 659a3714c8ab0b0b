// E0505: the closure borrows `p.name` (disjoint capture), so moving `p` while the closure is still used is rejected.
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ada"), age: 36 };
    let show = || println!("{}", p.name);
    let q = p;
    show();
    println!("{q:?}");
}
