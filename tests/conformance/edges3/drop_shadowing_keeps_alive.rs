// Shadowing does not drop: both values live until the end of the scope, dropped in reverse.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = D("first");
    println!("have {}", x.0);
    let x = D("second");
    println!("have {}", x.0);
}
