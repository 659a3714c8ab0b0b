// `let _ = D(..)` drops at once; `let _x = D(..)` lives to the end of the scope.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _ = D("underscore");
    let _x = D("named");
    println!("middle");
}
