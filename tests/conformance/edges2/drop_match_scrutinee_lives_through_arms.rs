// A `match` scrutinee's temporary lives until the end of the `match`, after the arm.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn get(&self) -> i32 {
        self.0
    }
}

fn main() {
    match D(7).get() {
        7 => println!("seven"),
        _ => println!("other"),
    }
    println!("after match");
    let x = D(8).get() + D(9).get();
    println!("sum {}", x);
}
