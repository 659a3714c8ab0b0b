// A panic unwinds the stack: every live value is still dropped, frame by frame
// Watch: `check` panics on a bad index; the message goes to stderr first, then Rust unwinds: `check`'s `local` is dropped, then main's `second` and `first` in reverse order. Their drop messages still print. Exit code 101.

struct Tracked(&'static str);

impl Drop for Tracked {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn check(values: &Vec<i32>, index: usize) -> i32 {
    let _local = Tracked("local in check");
    // Indexing past the end of a Vec panics: Rust never reads past the buffer.
    values[index]
}

fn main() {
    let _first = Tracked("first");
    let numbers = vec![10, 20, 30];
    let _second = Tracked("second");

    println!("numbers[1] = {}", check(&numbers, 1));
    println!("numbers[7] = {}", check(&numbers, 7)); // index out of bounds!
    println!("never printed");
}
