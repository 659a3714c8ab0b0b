// Checks that *b = value and *b += value write into the heap value of a `let mut` Box.
fn main() {
    let mut b = Box::new(5);
    println!("start: {}", *b);
    *b = 7;
    println!("after *b = 7: {}", *b);
    *b += 10;
    *b *= 2;
    println!("after += 10 and *= 2: {}", b);
    let copy = *b;
    *b = 0;
    println!("copy kept {copy}, box now {}", *b);
}
