// Near miss: declared after `x`, the holder drops first.
struct Holder<'a>(&'a i32);

impl Drop for Holder<'_> {
    fn drop(&mut self) {
        println!("drop holder {}", self.0);
    }
}

fn main() {
    let x = 5;
    let h = Holder(&x);
    println!("{}", h.0);
}
