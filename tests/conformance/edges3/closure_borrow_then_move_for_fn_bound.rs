// A borrowing closure, then a `move` closure, both given to an `F: Fn() -> usize` bound.
fn apply<F: Fn() -> usize>(f: F) -> usize { f() }
fn main() {
    let s = String::from("xyz");
    let n = apply(|| s.len());
    let m = apply(move || s.len());
    println!("{n} {m}");
}
