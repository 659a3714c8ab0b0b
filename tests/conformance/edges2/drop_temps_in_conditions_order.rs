// Temporaries of `if`/`while` conditions drop before the body; `match`'s after the arm.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn big(&self) -> bool {
        self.0 > 1
    }
}

fn main() {
    if D(1).big() {
        println!("one is big");
    } else {
        println!("one is small");
    }
    let mut n = 2;
    while D(n).big() {
        println!("loop {}", n);
        n -= 1;
    }
    match D(5).big() {
        true => println!("five is big"),
        false => println!("five is small"),
    }
    println!("end");
}
