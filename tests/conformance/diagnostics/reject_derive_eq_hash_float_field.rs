#[derive(PartialEq, Eq, Hash)]
struct Reading {
    value: f32,
    label: String,
}

fn main() {
    let r = Reading { value: 1.0, label: String::new() };
    println!("{}", r.label);
}
