// A value created in a loop body drops at the end of each iteration.
struct D(u32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    for i in 0..3 {
        let d = D(i);
        println!("iteration {}", d.0);
    }
    println!("done");
}
