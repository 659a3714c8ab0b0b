// E0119: two `impl From<i32> for Number` conflict.
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(v: i32) -> Self {
        Number { value: v }
    }
}

impl From<i32> for Number {
    fn from(v: i32) -> Self {
        Number { value: v * 2 }
    }
}

fn main() {
    println!("{}", Number::from(1).value);
}
