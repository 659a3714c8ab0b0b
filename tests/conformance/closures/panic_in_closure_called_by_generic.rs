// A panic inside a closure called by a generic function: the closure's frame, then
// apply's, then main's are unwound, each dropping its values.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}
struct Guard(i32);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let g = Guard(1);
    let v = vec![1, 2, 3];
    let r = apply(|i| {
        let _local = Guard(2);
        v[i as usize]
    }, 7);
    println!("{} {}", r, g.0);
}
