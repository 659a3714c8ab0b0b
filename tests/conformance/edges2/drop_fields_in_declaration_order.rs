// A struct's own `drop` runs first, then its fields in declaration order.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Outer {
    b: D,
    a: D,
}

impl Drop for Outer {
    fn drop(&mut self) {
        println!("drop outer");
    }
}

fn main() {
    let _o = Outer { a: D("a"), b: D("b") };
    let _t = (D("t0"), D("t1"));
    let _arr = [D("x0"), D("x1")];
    let _v = vec![D("v0"), D("v1")];
    println!("end of main");
}
