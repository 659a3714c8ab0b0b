// E0596: the closure pushes into a Vec it borrows mutably, so calling it needs `mut g`.
fn main() {
    let mut v = vec![1];
    let g = || v.push(2);
    g();
    println!("{:?}", v);
}
