// near miss: guard temporaries end at their statement, when moved into a call, before `else` (Rust 2024) and after a `match`
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

impl Guard<'_> {
    fn get(&self) -> Option<i32> {
        Some(*self.0)
    }
}

fn consume(g: Guard) -> i32 {
    *g.0
}

fn main() {
    let mut x = 1;
    let a = Guard(&mut x).get();
    x = 2;
    let b = consume(Guard(&mut x));
    x = 3;
    if let Some(v) = Guard(&mut x).get() {
        println!("then {}", v);
    } else {
        x = 9;
    }
    x += 1;
    if let None = Guard(&mut x).get() {
        println!("none");
    } else {
        x += 10;
    }
    match Guard(&mut x).get() {
        Some(n) => println!("some {}", n),
        None => println!("none"),
    }
    x += 1;
    println!("{:?} {} {}", a, b, x);
}
