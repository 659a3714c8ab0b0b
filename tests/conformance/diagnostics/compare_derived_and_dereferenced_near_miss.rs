// Near miss of reject_compare_types_without_partial_eq: the types derive the traits
// their comparisons need, and the reference is dereferenced before comparing.
#[derive(PartialEq)]
struct Point {
    x: i32,
}

#[derive(Debug, PartialEq, PartialOrd)]
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
    println!("{} {}", n == *m, &n == m);
    println!("{}", a.x);
}
