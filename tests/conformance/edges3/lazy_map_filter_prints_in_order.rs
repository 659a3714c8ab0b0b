// Iterator adaptors are lazy: `map`/`filter` print only when `next()` pulls an element.
fn main() {
    let v = vec![1, 2, 3, 4];
    let mut it = v.iter().map(|x| { println!("map {x}"); x * 10 }).filter(|x| { println!("filter {x}"); x % 20 == 0 });
    println!("made");
    println!("{:?}", it.next());
    println!("{:?}", it.next());
}
