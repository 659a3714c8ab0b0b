// Near miss: each closure captures a different field.
struct C {
    n: i32,
    m: i32,
}

fn main() {
    let mut c = C { n: 0, m: 0 };
    let mut a = || c.n += 1;
    let mut b = || c.m += 2;
    a();
    b();
    a();
    println!("{} {}", c.n, c.m);
}
