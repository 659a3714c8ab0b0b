// zip pairs two iterators until the shorter ends: Vecs by value, references, ranges, chars.
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![10, 20];
    let z: Vec<(i32, i32)> = a.clone().into_iter().zip(b.clone()).collect();
    println!("{:?}", z);
    for (x, y) in a.iter().zip(b.iter()) {
        println!("{}{}", x, y);
    }
    let dot: i32 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
    println!("{dot}");
    for (i, c) in (0..2).zip("hey".chars()) {
        println!("{i} {c}");
    }
    let names = ["ann", "bob"];
    let pairs: Vec<(&str, i32)> = names.iter().copied().zip(a).collect();
    println!("{pairs:?} {}", b.len());
}
