// `#[derive(Clone)]` with a field whose type is not `Clone` is E0277 (the trait bound `Inner: Clone` is not satisfied)
struct Inner {
    x: i32,
}

#[derive(Clone)]
struct Outer {
    i: Inner,
}

fn main() {
    let o = Outer { i: Inner { x: 1 } };
    let p = o.clone();
    println!("{}", p.i.x);
}
