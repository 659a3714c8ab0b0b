// Overwriting a reference variable ends its old loan: `a` may change after `r = &b`.
fn main() {
    let mut a = 1;
    let b = 2;
    let mut r = &a;
    println!("{}", r);
    r = &b;
    a = 5;
    println!("{} {}", r, a);
    let mut v = vec![1];
    let mut w = vec![2];
    let mut s = &mut v;
    s.push(10);
    s = &mut w;
    v.push(20);
    s.push(30);
    println!("{:?} {:?}", v, w);
}
