// Closures passed on from one generic function to another, a Copy closure given
// twice, an FnMut pushing into a Vec, a closure calling another closure.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}
fn outer<F: Fn(i32) -> i32>(f: F) -> i32 {
    apply(f, 1) + 100
}
fn each<F: FnMut(i32)>(v: &Vec<i32>, mut f: F) {
    for x in v {
        f(*x);
    }
}
fn main() {
    let k = 2;
    let double = |x: i32| x * k;
    println!("{}", apply(double, 3));
    println!("{}", apply(double, 4));
    println!("{}", outer(double));
    let mut seen = Vec::new();
    each(&vec![3, 1, 2], |x| seen.push(x * 10));
    println!("{:?}", seen);
    let inner = |x: i32| x + 1;
    println!("{}", apply(|x| inner(x) * 2, 5));
    let mut total = 0;
    each(&vec![1, 2, 3], |x| {
        let add = |y: i32| y * 2;
        total += add(x);
    });
    println!("{}", total);
}
