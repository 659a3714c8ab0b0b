// E0277: `"five".into()` needs `From<&str>` for `Number`, which only implements `From<i32>`.
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

fn main() {
    let n: Number = "five".into();
    println!("{}", n.value);
}
