// `#[derive(PartialEq, Eq)]` with an `f64` field is E0277 (`f64: Eq` is not satisfied)
#[derive(PartialEq, Eq)]
struct Reading {
    value: f64,
}

fn main() {
    let r = Reading { value: 1.0 };
    println!("{}", r.value);
}
