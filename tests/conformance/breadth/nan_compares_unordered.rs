// NaN is unordered: == is false inside Option, arrays, Vecs and derived impls, and
// partial_cmp is None (a derived one too, at the first field that is unordered).
#[derive(PartialEq, PartialOrd, Debug)]
struct W(f64);

#[derive(PartialEq, PartialOrd)]
struct S {
    a: i32,
    b: f64,
}

fn main() {
    let n = f64::NAN;
    println!("{} {:?}", n == n, n.partial_cmp(&1.0));
    println!("{} {}", Some(n) == Some(n), [n] == [n]);
    println!("{} {:?}", W(n) == W(n), W(n).partial_cmp(&W(1.0)));
    println!("{:?}", S { a: 1, b: 2.0 }.partial_cmp(&S { a: 1, b: f64::NAN }));
    println!("{:?}", S { a: 0, b: 2.0 }.partial_cmp(&S { a: 1, b: f64::NAN }));
    println!("{:?} {}", (1.0, n).partial_cmp(&(1.0, 2.0)), (1.0, n) < (1.0, 2.0));
    println!("{} {}", vec![n] != vec![n], W(1.0) < W(2.0));
}
