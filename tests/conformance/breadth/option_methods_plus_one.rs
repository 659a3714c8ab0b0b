// Checks the Book's plus_one on Option plus is_some/is_none, unwrap_or, map with a fn item, and unwrap.
fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let five = Some(5);
    let six = plus_one(five);
    let none = plus_one(None);
    println!("{:?} {:?}", six, none);
    println!("{} {} {} {}", six.is_some(), six.is_none(), none.is_some(), none.is_none());
    println!("{} {}", six.unwrap_or(0), none.unwrap_or(-1));
    println!("{:?} {:?}", six.map(square), none.map(square));
    println!("{}", six.unwrap() + five.unwrap());
    let text: Option<&str> = Some("hi");
    println!("{:?} {}", text, text.expect("text was there"));
}
