// `#[derive(Debug)]` on a struct whose field type is not `Debug` is E0277 (`Inner` doesn't implement `Debug`), even inside a `Vec`
struct Inner {
    x: i32,
}

#[derive(Debug)]
struct Outer {
    items: Vec<Inner>,
}

fn main() {
    let o = Outer { items: vec![Inner { x: 1 }] };
    println!("{:?} {}", o, o.items[0].x);
}
