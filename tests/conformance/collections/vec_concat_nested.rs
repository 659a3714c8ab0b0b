// concat and join on slices: Vec<Vec<i32>> concat is a Vec, &str pieces give a String.
fn main() {
    let nested = vec![vec![1, 2], vec![3], vec![]];
    let flat = nested.concat();
    println!("{:?} len {} cap {}", flat, flat.len(), flat.capacity());
    let arrays = [[1, 2], [3, 4]];
    println!("{:?}", arrays.concat());
    let words = vec!["a", "b", "c"];
    println!("{} {}", words.concat(), words.join(", "));
    let owned = vec![String::from("x"), String::from("y")];
    println!("{}", owned.concat());
    println!("{}", "ab".repeat(3));
}
