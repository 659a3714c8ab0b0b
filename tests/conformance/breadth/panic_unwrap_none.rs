// Checks that unwrap on None panics with the standard Option message after earlier output.
fn find_even(values: &[i32]) -> Option<i32> {
    for v in values {
        if v % 2 == 0 {
            return Some(*v);
        }
    }
    None
}

fn main() {
    println!("{}", find_even(&[1, 4, 5]).unwrap());
    println!("{}", find_even(&[1, 3, 5]).unwrap());
}
