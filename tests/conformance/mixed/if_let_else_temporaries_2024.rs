// Edition 2024: an if-let scrutinee's temporaries are dropped before the else block.
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl D {
    fn get(&self) -> Option<i32> {
        if self.0 > 1 { Some(self.0) } else { None }
    }
}
fn main() {
    if let Some(_) = D(1).get() {
        println!("then");
    } else {
        println!("else");
    }
    if let Some(v) = D(2).get() {
        println!("then {v}");
    } else {
        println!("else");
    }
    println!("end");
}
