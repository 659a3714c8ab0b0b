// A panic inside a closure's body: unwinding drops the closure's own locals first, then
// its creator's, in reverse order (here the closure runs in main's frame).
struct Guard(i32);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let v = vec![1];
    let f = |i: usize| {
        let _l = Guard(2);
        v[i]
    };
    println!("{}", f(7));
}
