// collect from flatten / flat_map reserves what the inner iterator being walked has left.
fn main() {
    let words = vec!["hello", "yo"];
    let a: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("{}", a.capacity());
    let g = vec![vec![1, 2, 3, 4, 5, 6], vec![7]];
    let b: Vec<i32> = g.iter().flatten().copied().collect();
    println!("{}", b.capacity());
    let c: Vec<i32> = g.into_iter().flatten().collect();
    println!("{}", c.capacity());
    let d: Vec<u32> = (1..4u32).flat_map(|n| 0..n).collect();
    println!("{}", d.capacity());
}
