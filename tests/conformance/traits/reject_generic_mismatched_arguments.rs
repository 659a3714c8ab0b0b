// E0308: both arguments must be the same `T`.
fn pick<T>(a: T, b: T, first: bool) -> T {
    if first { a } else { b }
}

fn main() {
    println!("{}", pick(1, "one", true));
}
