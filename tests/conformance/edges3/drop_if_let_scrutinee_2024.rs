// Edition 2024: an `if let` scrutinee's temporary drops before the `else` branch runs.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn get(&self) -> Option<u8> {
        None
    }
}

fn main() {
    if let Some(n) = D("scrutinee").get() {
        println!("got {n}");
    } else {
        println!("else branch");
    }
    println!("after");
}
