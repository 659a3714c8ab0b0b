// E0506: in Rust 2024 an `if let` scrutinee temporary lives through the `then` block
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

impl Guard<'_> {
    fn get(&self) -> Option<i32> {
        Some(*self.0)
    }
}

fn main() {
    let mut x = 1;
    if let Some(v) = Guard(&mut x).get() {
        x = v + 1;
    }
    println!("{}", x);
}
