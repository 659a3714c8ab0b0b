#[derive(Debug)]
struct Inner {
    n: i32,
}

#[derive(Debug, Clone)]
struct Outer {
    i: Inner,
    j: Inner,
}

fn main() {
    let o = Outer { i: Inner { n: 1 }, j: Inner { n: 2 } };
    let p = o.clone();
    println!("{:?}", p);
}
