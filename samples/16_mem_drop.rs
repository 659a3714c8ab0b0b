// `drop(x)`: free a value early instead of waiting for the closing brace
// Watch: `drop(big)` moves the Vec into `std::mem::drop`, which frees the 4000-byte buffer at once and leaves `big` marked as moved; `lock`, never moved, is dropped only at main's `}`.

struct Guard {
    label: &'static str, // a &str pointing into the static region
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("{} released", self.label);
    }
}

fn main() {
    let lock = Guard { label: "lock" };
    let big: Vec<i32> = vec![0; 1000]; // 1000 × 4 bytes on the heap
    let name = String::from("scratch text");
    println!("holding {}; big has {} elements; name is {}", lock.label, big.len(), name);

    // `drop` is an ordinary function that takes ownership and does nothing:
    // its parameter goes out of scope when it returns, and that frees the value.
    drop(big);
    std::mem::drop(name); // the same function, by its full path
    println!("both buffers are already freed");

    // println!("{}", big.len()); // error[E0382]: borrow of moved value: `big`
} // only `lock` is left to drop here: "lock released" prints now
