// Iterator adaptors are lazy: the map's closure runs when next() asks, not before.
fn main() {
    let v = vec![1, 2];
    let mut it = v.iter().map(|x| {
        println!("produce {}", x);
        x + 100
    });
    println!("before");
    println!("{:?}", it.next());
}
