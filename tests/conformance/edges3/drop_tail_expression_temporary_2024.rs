// Edition 2024: a block's tail-expression temporary drops before the block's locals.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn len(&self) -> usize {
        self.0.len()
    }
}

fn f() -> usize {
    let _local = D("local");
    D("tail").len()
}

fn main() {
    println!("{}", f());
}
