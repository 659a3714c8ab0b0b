// rustc accepts: after `drop(guard)` the borrow held by the Drop type is over.
struct W<'p> {
    p: &'p mut i32,
}

impl Drop for W<'_> {
    fn drop(&mut self) {
        *self.p += 10;
        println!("drop W");
    }
}

fn main() {
    let mut x = 0;
    let w = W { p: &mut x };
    drop(w);
    x += 1;
    println!("{}", x);
}
