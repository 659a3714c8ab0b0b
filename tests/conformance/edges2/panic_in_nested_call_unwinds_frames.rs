// Unwinding runs each frame's drops, innermost first.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(n: u32) -> u32 {
    let _i = D("inner");
    let x: u32 = 0;
    x - n
}

fn outer() -> u32 {
    let _o = D("outer");
    inner(1) + 1
}

fn main() {
    let _m = D("main");
    println!("{}", outer());
}
