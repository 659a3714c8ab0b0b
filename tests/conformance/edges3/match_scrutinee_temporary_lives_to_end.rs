// A `match` scrutinee's temporary lives until the end of the whole `match`.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn code(&self) -> u8 {
        2
    }
}

fn main() {
    match D("scrutinee").code() {
        1 => println!("one"),
        n => println!("other {n}"),
    }
    println!("after match");
}
