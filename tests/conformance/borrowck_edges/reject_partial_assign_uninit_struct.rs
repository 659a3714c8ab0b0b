// E0381: assigning a field of a struct variable declared without a value.
struct P {
    x: i32,
    y: i32,
}

fn main() {
    let p: P;
    p.x = 10;
    println!("{}", p.x);
}
