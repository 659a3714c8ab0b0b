// flat_map and flatten walk each inner collection before asking for the next one.
fn main() {
    let words = vec!["hi", "yo"];
    let letters: Vec<char> = words
        .iter()
        .flat_map(|w| {
            println!("opening {}", w);
            w.chars()
        })
        .collect();
    println!("{:?}", letters);
    let grid = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = grid.into_iter().flatten().collect();
    println!("{:?}", flat);
    let maybe = vec![Some(1), None, Some(3)];
    let present: Vec<i32> = maybe.iter().flatten().copied().collect();
    println!("{:?}", present);
    let ranges: Vec<u8> = (1..4u8).flat_map(|n| 0..n).collect();
    println!("{:?}", ranges);
}
