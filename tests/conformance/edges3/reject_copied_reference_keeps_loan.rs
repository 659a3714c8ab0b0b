// E0502: copying a `&String` into `t` keeps the loan alive through `t`.
fn main() {
    let mut s = String::from("ab");
    let r = &s;
    let t = r;
    s.push('c');
    println!("{t}");
}
