// E0506: the `?` early return drops the guard at the function's closing brace
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

fn parse(v: Option<i32>) -> Option<i32> {
    let mut x = 1;
    let _g = Guard(&mut x);
    x = 2;
    let n = v?;
    Some(n)
}

fn main() {
    println!("{:?}", parse(None));
}
