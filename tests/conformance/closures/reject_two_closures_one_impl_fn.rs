// E0308: two closures are two types, even with the same body shape; `impl Fn` is one.
fn pick(up: bool, k: i32) -> impl Fn(i32) -> i32 {
    if up { move |x| x + k } else { move |x| x - k }
}

fn main() {
    let p = pick(true, 1);
    println!("{}", p(1));
}
