// Checks derived PartialEq on structs and enums, Copy letting a value be reused after assignment, and Clone.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Word(String),
    End,
}

fn shift(mut p: Point, dx: i32) -> Point {
    p.x += dx;
    p
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = a;
    let c = shift(a, 5);
    println!("{:?} {:?} {:?}", a, b, c);
    println!("{} {}", a == b, a != c);
    let t1 = Token::Word(String::from("hi"));
    let t2 = t1.clone();
    println!("{} {}", t1 == t2, t1 == Token::End);
    println!("{}", Token::Num(3) == Token::Num(3));
    println!("{:?}", vec![t1, t2, Token::Num(-1), Token::End]);
}
