// A value moved into a function drops at the end of that function, not the caller's.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(d: D) {
    println!("consuming {}", d.0);
}

fn pass(d: D) -> D {
    println!("passing {}", d.0);
    d
}

fn main() {
    let a = D("a");
    let b = D("b");
    consume(a);
    let c = pass(b);
    println!("main has {}", c.0);
}
