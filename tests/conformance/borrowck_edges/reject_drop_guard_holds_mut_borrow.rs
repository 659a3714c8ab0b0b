// E0506: a value whose type implements Drop keeps its `&mut` borrow alive until it is dropped.
struct W<'p> {
    p: &'p mut i32,
}

impl Drop for W<'_> {
    fn drop(&mut self) {
        println!("dropping W holding {}", self.p);
    }
}

fn main() {
    let mut x = 0;
    let _w = W { p: &mut x };
    x = 1;
    println!("{}", x);
}
