// Checks that `s1 + &s2` moves s1 and reuses its buffer (capacity kept), while s2 is only borrowed.
fn main() {
    let mut s1 = String::with_capacity(32);
    s1.push_str("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2;
    println!("{s3} len {} cap {}", s3.len(), s3.capacity());
    println!("s2 still usable: {s2}");
    let mut greeting = s3;
    greeting += "!!";
    println!("{greeting} cap {}", greeting.capacity());
    let small = String::from("ab");
    let grown = small + "cdefghij";
    println!("{grown} len {} cap {}", grown.len(), grown.capacity());
}
