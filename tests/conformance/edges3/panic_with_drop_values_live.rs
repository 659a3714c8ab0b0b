// A panic unwinds: the live Drop values are dropped in reverse order after the panic message.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn check(n: i32) -> i32 {
    let _guard = D("guard");
    if n > 2 {
        panic!("too big: {n}");
    }
    n
}

fn main() {
    let _outer = D("outer");
    println!("{}", check(1));
    println!("{}", check(3));
}
