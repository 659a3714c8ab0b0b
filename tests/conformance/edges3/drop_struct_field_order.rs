// Fields drop in declaration order after the struct's own `drop`; locals in reverse order.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: D,
    b: D,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair");
    }
}

fn main() {
    let _x = D("x");
    let _p = Pair { a: D("a"), b: D("b") };
    let _y = D("y");
    println!("end of main");
}
