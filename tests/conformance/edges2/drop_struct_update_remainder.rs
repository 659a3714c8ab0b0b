// Struct update syntax moves the fields it takes; the old struct's other fields drop at its end.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Cfg {
    a: D,
    b: D,
    c: D,
}

fn main() {
    let base = Cfg { a: D("a1"), b: D("b1"), c: D("c1") };
    let next = Cfg { a: D("a2"), ..base };
    println!("built {} {} {}", next.a.0, next.b.0, next.c.0);
    println!("base.a still {}", base.a.0);
}
