// E0382 beside the liveness warnings rustc prints after it: unused parameters, pattern and loop bindings (a shorthand field gets `y: _`), a closure's first, then values assigned and never read (a `let`'s own value too).
struct P { x: i32, y: i32 }
fn f(a: i32, b: i32) -> i32 { a }
fn main() {
    let p = P { x: 1, y: 2 };
    let P { x, y } = p;
    println!("{x}");
    for i in 0..3 {}
    match Some(3) {
        Some(v) => {}
        None => {}
    }
    let (m, n) = (1, 2);
    println!("{m}");
    let c = |q: i32| 5;
    c(1);
    let mut total = 0;
    for k in 0..3 { total += k; }
    let mut last = 0;
    last = 5;
    println!("{last}");
    let w;
    if total > 1 { w = 1; } else { w = 2; }
    println!("{w}");
    let mut acc = 0;
    acc = acc + 1;
    f(1, 2);
    let s = String::from("a");
    let t = s;
    println!("{s}");
}
