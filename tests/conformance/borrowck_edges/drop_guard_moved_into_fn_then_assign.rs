// rustc accepts: a Drop value moved into a function is dropped there, so the borrow ends with the call.
struct W<'p> {
    p: &'p mut Vec<i32>,
}

impl Drop for W<'_> {
    fn drop(&mut self) {
        self.p.push(99);
    }
}

fn consume(w: W) {
    println!("consuming, len {}", w.p.len());
}

fn main() {
    let mut v = vec![1];
    let w = W { p: &mut v };
    consume(w);
    v.push(2);
    println!("{:?}", v);
}
