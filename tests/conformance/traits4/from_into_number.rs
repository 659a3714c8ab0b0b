// Rust by Example's From and Into: `impl From<i32> for Number` gives `Number::from(30)` and `int.into()`.
#[derive(Debug)]
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

fn main() {
    let num = Number::from(30);
    println!("My number is {:?}", num);

    let int = 5;
    let num: Number = int.into();
    println!("My number is {:?}", num);
    println!("value = {}", num.value + 1);
}
