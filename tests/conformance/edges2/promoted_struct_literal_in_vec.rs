// A borrowed struct literal of constants kept in a `let` is promoted ('static), like `&5`.
#[derive(Debug)]
struct Circle {
    r: f64,
}

fn main() {
    let c: &'static Circle = &Circle { r: 1.5 };
    let o: &'static Option<i32> = &Some(5);
    let n: &Option<i32> = &None;
    println!("{} {:?} {:?}", c.r, o, n);
    let r: &'static i32 = &5;
    println!("{}", r);
}
