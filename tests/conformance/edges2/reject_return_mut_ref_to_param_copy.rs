// E0515: returning a reference to a by-value parameter.
fn bigger(a: i32, b: i32) -> &'static i32 {
    if a > b { &a } else { &b }
}

fn main() {
    println!("{}", bigger(1, 2));
}
