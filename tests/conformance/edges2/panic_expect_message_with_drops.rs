// `expect` panics with its message; locals drop while unwinding.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _g = D("guard");
    let v: Vec<i32> = Vec::new();
    let first = v.first().expect("the list should not be empty");
    println!("{}", first);
}
