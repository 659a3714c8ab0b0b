// A panic inside `drop` at a scope's end: the others in scope still drop while unwinding.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 == "b" {
            panic!("drop of b failed");
        }
    }
}

fn main() {
    let _a = D("a");
    let _b = D("b");
    let _c = D("c");
    println!("leaving");
}
