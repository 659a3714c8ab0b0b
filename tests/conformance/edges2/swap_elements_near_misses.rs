// Near misses: `v.swap(0, 1)` and swapping two different variables.
fn main() {
    let mut v = vec![1, 2];
    v.swap(0, 1);
    let mut a = String::from("a");
    let mut b = String::from("b");
    std::mem::swap(&mut a, &mut b);
    println!("{:?} {} {}", v, a, b);
}
