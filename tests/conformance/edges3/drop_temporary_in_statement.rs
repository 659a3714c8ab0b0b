// A temporary drops at the end of its statement; a `let`-bound value at the end of the block.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn name(&self) -> &'static str {
        self.0
    }
}

fn main() {
    println!("name {}", D("temp").name());
    let kept = D("kept");
    println!("after temp, {}", kept.name());
}
