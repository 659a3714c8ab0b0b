// Moving `.0` out of a tuple leaves `.1` (a String) usable; the tuple's rest drops at the end.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let pair = (Noisy("first"), Noisy("second"));
    let a = pair.0;
    println!("moved out {}", a.0);
    println!("still have {}", pair.1.0);
}
