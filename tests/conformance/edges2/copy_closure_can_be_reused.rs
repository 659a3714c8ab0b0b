// Near miss: a closure capturing only `&` references is `Copy`.
fn main() {
    let s = String::from("cap");
    let f = || println!("{}", s);
    let g = f;
    g();
    f();
}
