// E0119: `impl From<Number> for Number` conflicts with core's `impl<T> From<T> for T`.
struct Number {
    value: i32,
}

impl From<Number> for Number {
    fn from(v: Number) -> Self {
        v
    }
}

fn main() {
    println!("{}", Number::from(Number { value: 1 }).value);
}
