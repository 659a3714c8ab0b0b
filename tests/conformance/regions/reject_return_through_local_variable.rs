// E0621: the elided parameter flows into a local first; rustc points at the returned local.
fn pick<'a>(x: &'a i32, y: &i32) -> &'a i32 {
    let r = if *x > *y { x } else { y };
    r
}

fn main() {
    println!("{}", pick(&1, &2));
}
