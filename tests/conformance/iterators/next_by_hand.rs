// Calling next() by hand: each call runs the closure for exactly one item.
fn main() {
    let words = vec!["apple", "banana", "cherry"];
    let mut lengths = words.iter().map(|w| {
        println!("measuring {}", w);
        w.len()
    });
    println!("first: {:?}", lengths.next());
    println!("second: {:?}", lengths.next());
    println!("third: {:?}", lengths.next());
    println!("done: {:?}", lengths.next());
    let mut r = 0..3;
    r.next();
    println!("{:?} {:?}", r.next(), r);
}
