// Near miss of the reject_derive_* programs: every field's type derives what the
// outer type derives, so rustc accepts it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
struct Inner {
    n: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
struct Outer {
    i: Inner,
    v: Vec<Inner>,
    o: Option<Inner>,
}

#[derive(Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
}

fn main() {
    let o = Outer { i: Inner { n: 1 }, v: vec![Inner { n: 2 }], o: None };
    let p = o.clone();
    println!("{:?} {}", p, p == o);
    let l = Light::Red;
    let m = l;
    println!("{}", l == m && Light::Green != m);
}
