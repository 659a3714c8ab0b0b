// E0502: `b` reborrows through `a`; pushing through `a` while `b` is used later.
fn main() {
    let mut s = String::from("x");
    let a = &mut s;
    let b = &*a;
    a.push('y');
    println!("{}", b);
}
