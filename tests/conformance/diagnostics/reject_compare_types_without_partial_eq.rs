struct Point {
    x: i32,
}

#[derive(Debug)]
enum Level {
    Low,
    High,
}

fn main() {
    let a = Point { x: 1 };
    let b = Point { x: 2 };
    if a == b {
        println!("same");
    }
    let l = Level::Low;
    println!("{}", l < Level::High);
    let r = &a;
    println!("{}", r != &b);
    let n = 5;
    let m = &n;
    println!("{}", n == m);
    println!("{}", a.x);
}
