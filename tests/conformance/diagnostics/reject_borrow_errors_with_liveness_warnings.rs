// E0506 and E0502 in two functions: each function's `unused_mut` warnings come before its errors and its unused variables and never-read assignments after them.
fn f() {
    let mut a = 1;
    let unused = 2;
    let mut s = String::new();
    let r = &s;
    s = String::from("x");
    println!("{a}{r}");
}
fn g(mut p: i32) -> i32 {
    let mut b = vec![1];
    let r = &b;
    b.push(2);
    let z = 5;
    println!("{:?}", r);
    p
}
fn main() {
    f();
    g(1);
    let mut q = 3;
    let c = || q + 1;
    c();
}
