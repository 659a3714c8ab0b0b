// A panic while evaluating the second argument drops the first, already built.
struct D;
impl Drop for D {
    fn drop(&mut self) {
        println!("drop first");
    }
}

fn boom() -> D {
    panic!("boom")
}

fn two(_a: D, _b: D) {}

fn main() {
    two(D, boom());
}
