// Checks that *boxed moves a non-Copy value out of a Box, and that a Box<T> can be passed and returned by value.
fn wrap(s: String) -> Box<String> {
    Box::new(s + "!")
}

fn unwrap_len(b: Box<String>) -> usize {
    let inner: String = *b;
    inner.len()
}

fn main() {
    let boxed = wrap(String::from("hello"));
    println!("{} {}", boxed, boxed.len());
    let inner = *boxed;
    println!("moved out: {inner}");
    let again = Box::new(inner);
    println!("{}", unwrap_len(again));
    let mut counter = Box::new(0u32);
    for _ in 0..5 {
        *counter += 2;
    }
    let n: u32 = *counter;
    println!("{n} {counter}");
}
