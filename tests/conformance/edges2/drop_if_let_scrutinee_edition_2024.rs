// Edition 2024: an `if let` scrutinee's temporary drops before the `else` block runs.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn get(&self) -> Option<i32> {
        if self.0 > 0 { Some(self.0) } else { None }
    }
}

fn main() {
    if let Some(n) = D(1).get() {
        println!("then {}", n);
    } else {
        println!("else");
    }
    if let Some(n) = D(0).get() {
        println!("then {}", n);
    } else {
        println!("else");
    }
    println!("after");
}
