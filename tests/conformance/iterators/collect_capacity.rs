// What collect allocates: the exact length when the iterator knows it, else room for
// the size hint and then doubling, as Vec's FromIterator grows.
fn main() {
    let v: Vec<i32> = (0..10).collect();
    let exact: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{} {}", exact.len(), exact.capacity());
    let filtered: Vec<i32> = v.iter().filter(|x| **x > 0).cloned().collect();
    println!("{} {}", filtered.len(), filtered.capacity());
    let few: Vec<&i32> = v.iter().filter(|x| **x > 5).collect();
    println!("{} {}", few.len(), few.capacity());
    let skipped: Vec<i32> = (0..10).skip(2).collect();
    println!("{} {}", skipped.len(), skipped.capacity());
    let taken: Vec<u32> = (1..).take(3).collect();
    println!("{} {}", taken.len(), taken.capacity());
    let chained: Vec<i32> = v.iter().chain(v.iter()).cloned().collect();
    println!("{} {}", chained.len(), chained.capacity());
    let while_small: Vec<&i32> = v.iter().take_while(|x| **x < 7).collect();
    println!("{} {}", while_small.len(), while_small.capacity());
    let letters: Vec<char> = "héllo wörld".chars().filter(|c| c.is_alphabetic()).collect();
    println!("{} {}", letters.len(), letters.capacity());
    let s: String = "hello world".split(' ').collect();
    println!("{} {} {}", s, s.len(), s.capacity());
    let t: String = "hello world".chars().filter(|c| *c != 'o').collect();
    println!("{} {} {}", t, t.len(), t.capacity());
    let empty: Vec<i32> = v.iter().filter(|x| **x > 100).cloned().collect();
    println!("{} {}", empty.len(), empty.capacity());
}
