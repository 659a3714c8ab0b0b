// `#[derive(PartialEq)]` with a field that has no `==` is E0369
struct Inner {
    x: i32,
}

#[derive(PartialEq)]
struct Outer {
    i: Inner,
}

fn main() {
    let a = Outer { i: Inner { x: 1 } };
    println!("{}", a.i.x);
}
