// `let _ = v()` drops at once, `let _x` at scope end, `_ = v()` at once, `let _ = x` not at all.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(s: &'static str) -> D {
    D(s)
}

fn main() {
    let _ = make("underscore");
    println!("after let _");
    let _named = make("named");
    println!("after let _named");
    _ = make("assign");
    println!("after _ =");
    let kept = make("kept");
    let _ = kept;
    println!("after let _ = kept");
}
