// A field moved out and assigned again: nothing is dropped at the assignment (the field
// was empty) and the new value is dropped with the struct.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct S {
    f: D,
    g: D,
}

fn main() {
    let mut s = S { f: D("f"), g: D("g1") };
    let moved = s.g;
    s.g = D("g2");
    println!("end {}", moved.0);
    let mut t = S { f: D("tf"), g: D("tg") };
    let taken = t.f;
    t.g = D("tg2");
    t.f = D("tf2");
    println!("{} {} {}", taken.0, t.f.0, t.g.0);
}
