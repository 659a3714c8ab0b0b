// Edition 2021+: a closure captures only the field it uses (`p.a`), so `p.b` stays free.
struct P {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn main() {
    let mut p = P { a: vec![], b: vec![] };
    let mut add = || p.a.push(1);
    p.b.push(2);
    add();
    add();
    println!("{:?} {:?}", p.a, p.b);
}
