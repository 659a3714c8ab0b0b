// a function parameter named like a `const` is a constant pattern: E0005 "refutable pattern in function argument"
const LIMIT: i32 = 5;

fn check(LIMIT: i32) -> i32 {
    1
}

fn main() {
    println!("{}", check(3));
}
