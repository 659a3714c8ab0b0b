// E0716: a struct with `Drop` is never promoted, so `&D { .. }` as `&'static` is a temporary.
struct D {
    n: i32,
}

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.n);
    }
}

fn main() {
    let d: &'static D = &D { n: 1 };
    println!("{}", d.n);
}
