// A panic while building a vec!, tuple or struct literal drops the parts already built.
#![allow(dead_code)]
struct D(u8);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct S {
    a: D,
    b: D,
}

fn boom(n: usize) -> D {
    if n > 3 {
        panic!("boom {n}");
    }
    D(n as u8)
}

fn main() {
    let v = vec![D(1), boom(2)];
    let t = (D(3), boom(3));
    let s = S { a: D(4), b: boom(1) };
    println!("built {} {} {}", v.len(), (t.0).0, s.a.0);
    let w = vec![D(5), D(6), boom(9)];
    println!("{}", w.len());
}
