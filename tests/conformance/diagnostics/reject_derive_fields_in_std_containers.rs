struct Inner {
    n: i32,
}

#[derive(Default)]
struct A {
    i: Inner,
}

#[derive(PartialEq, Eq)]
struct Id(u8);

#[derive(PartialEq, Eq, Hash)]
struct B {
    id: Id,
    v: Vec<Inner>,
}

#[derive(Eq)]
struct C;

#[derive(Clone)]
struct D {
    v: Vec<Inner>,
    o: Option<Inner>,
}

#[derive(Debug)]
enum E {
    One(Option<Inner>),
    Two(Box<Inner>),
}

fn main() {}
