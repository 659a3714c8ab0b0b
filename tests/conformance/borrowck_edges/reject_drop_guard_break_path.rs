// E0506: `break` leaves the loop body, dropping the guard at the body's `}` after the assignment
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

fn main() {
    let mut x = 1;
    loop {
        let _g = Guard(&mut x);
        x = 7;
        break;
    }
    println!("{}", x);
}
