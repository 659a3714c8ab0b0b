struct Inner {
    n: i32,
}

#[derive(Debug)]
struct Outer {
    i: Inner,
}

fn main() {
    let o = Outer { i: Inner { n: 1 } };
    println!("{:?}", o);
}
