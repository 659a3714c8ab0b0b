// E0499: two closures capturing the same field mutably.
struct C {
    n: i32,
    m: i32,
}

fn main() {
    let mut c = C { n: 0, m: 0 };
    let mut a = || c.n += 1;
    let mut b = || c.n += 2;
    a();
    b();
    println!("{} {}", c.n, c.m);
}
