// An `unsafe` block inside a closure, and a closure inside an `unsafe` block: both may dereference raw pointers
fn main() {
    let data = [4, 5, 6];
    let p = data.as_ptr();
    let at = |i: usize| unsafe { *p.add(i) };
    println!("{} {}", at(0), at(2));
    let total = unsafe {
        let sum = |n: usize| (0..n).map(|i| *p.add(i)).sum::<i32>();
        sum(3)
    };
    println!("{total}");
}
