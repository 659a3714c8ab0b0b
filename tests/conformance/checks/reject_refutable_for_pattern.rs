// `for Some(x) in v` is E0005 "refutable pattern in `for` loop binding" (it used to crash at the `None`)
fn main() {
    let v = vec![Some(1), None];
    for Some(x) in v {
        println!("{}", x);
    }
}
