// E0506: a function with a tail expression still drops its guard at the closing brace
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

fn value() -> i32 {
    let mut x = 1;
    let _g = Guard(&mut x);
    x = 2;
    0
}

fn main() {
    println!("{}", value());
}
