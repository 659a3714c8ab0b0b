// A closure local drops in its own place in the reverse declaration order: what it
// captured by value goes with it, before the locals declared before it.
struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let first = Noisy(String::from("first"));
    let second = Noisy(String::from("second"));
    let holder = move || println!("holds {}", first.0.len());
    let third = Noisy(String::from("third"));
    holder();
    let borrowing = || println!("borrows {}", second.0);
    borrowing();
    let names = vec![Noisy(String::from("v0")), Noisy(String::from("v1"))];
    let count = move || names.len();
    println!("{} {}", count(), third.0);
}
