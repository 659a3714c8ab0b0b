// Assigning a new value to a variable drops the old value at that moment.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut x = D("old");
    println!("before");
    x = D("new");
    println!("after {}", x.0);
}
