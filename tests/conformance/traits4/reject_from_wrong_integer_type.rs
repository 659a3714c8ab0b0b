// E0277: `Number::from(5u8)` needs `From<u8>`; the impl is `From<i32>` and no widening happens.
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

fn main() {
    let n = Number::from(5u8);
    println!("{}", n.value);
}
