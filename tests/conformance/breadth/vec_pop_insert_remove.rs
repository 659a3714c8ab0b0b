// Checks pop, insert and remove on a Vec and how they shift the remaining elements.
fn main() {
    let mut v = vec!['a', 'b', 'c', 'd'];
    println!("{:?}", v.pop());
    println!("{:?}", v);
    v.insert(0, 'z');
    v.insert(2, 'y');
    v.insert(v.len(), 'x');
    println!("{:?}", v);
    let removed = v.remove(1);
    println!("removed {removed}: {:?}", v);
    while let Some(top) = v.pop() {
        print!("{top} ");
    }
    println!();
    println!("{:?} {:?} cap {}", v.pop(), v, v.capacity());
}
