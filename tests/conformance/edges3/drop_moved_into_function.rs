// A value moved into a function drops at the end of that function, not of main.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn eat(d: D) {
    println!("eating {}", d.0);
}

fn main() {
    let a = D("a");
    let b = D("b");
    eat(a);
    println!("main continues with {}", b.0);
}
