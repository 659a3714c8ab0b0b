// E0506: a temporary with a destructor lives to the end of its `let` statement
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

impl Guard<'_> {
    fn get(&self) -> i32 {
        *self.0
    }
}

fn main() {
    let mut x = 1;
    let y = Guard(&mut x).get() + {
        x = 3;
        0
    };
    println!("{} {}", x, y);
}
