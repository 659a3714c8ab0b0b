// A method returning `&'static str` borrows nothing of `self`: the temporary or the
// owner may go first (rustc accepts; we said E0716 / E0505).
struct D(&'static str);

impl D {
    fn name(&self) -> &'static str {
        self.0
    }
}

fn label(_d: &D) -> &'static str {
    "label"
}

fn main() {
    let n = D("t3").name();
    println!("{}", n);
    let a = D("x");
    let m = a.name();
    let l = label(&a);
    drop(a);
    println!("{m} {l}");
}
