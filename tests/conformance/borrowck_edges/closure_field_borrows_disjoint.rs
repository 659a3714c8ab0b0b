// rustc accepts (edition 2021+): closures borrowing or mutating one field leave the other fields free.
struct S {
    a: String,
    b: String,
}

fn main() {
    let mut s = S { a: String::from("a"), b: String::from("b") };
    let mut f = || s.b.push('x');
    println!("{}", s.a.len());
    f();
    let g = || s.b.len();
    s.a.push('y');
    println!("{} {} {}", g(), s.a, s.b);
}
