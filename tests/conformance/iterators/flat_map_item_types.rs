// flat_map yields the items of what its closure returns: an Option, a Vec, a range,
// another iterator.
fn main() {
    let words = vec!["1", "x", "3"];
    let nums: Vec<i32> = words.iter().flat_map(|s| s.parse().ok()).collect();
    println!("{:?}", nums);
    let total: i32 = words.iter().flat_map(|s| s.parse::<i32>().ok()).sum();
    println!("{}", total);
    let v = vec![vec![1, 2], vec![3]];
    let n = v.iter().flat_map(|row| row.iter()).count();
    let m: Vec<i32> = v.iter().flat_map(|row| row.clone()).collect();
    let r: Vec<u32> = (1..3u32).flat_map(|k| 0..k).collect();
    println!("{} {:?} {:?}", n, m, r);
    let chars: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("{:?}", chars);
}
