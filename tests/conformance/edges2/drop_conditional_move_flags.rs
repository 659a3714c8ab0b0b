// A value moved on one branch only is dropped at scope end only if it was not moved.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run(flag: bool) {
    let d = D(if flag { "moved" } else { "kept" });
    if flag {
        let inner = d;
        println!("took {}", inner.0);
    }
    println!("end of run {}", flag);
}

fn main() {
    run(true);
    run(false);
}
