// E0506: an early `return` drops the guard at the function's closing brace, after the assignment
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

fn check(flag: bool) -> i32 {
    let mut x = 1;
    let _g = Guard(&mut x);
    if flag {
        x = 5;
        return 3;
    }
    0
}

fn main() {
    println!("{}", check(true));
}
