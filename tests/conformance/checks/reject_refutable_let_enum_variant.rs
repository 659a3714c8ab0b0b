// `let E::A(n) = e;` on a two-variant enum is E0005 (it used to crash at run time when `e` was `E::B`)
enum E {
    A(i32),
    B,
}

fn main() {
    let e = E::B;
    let E::A(n) = e;
    println!("{}", n);
}
