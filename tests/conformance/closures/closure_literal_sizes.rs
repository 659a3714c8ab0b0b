// `&|| …` borrows a closure literal: its size is its captures' (none: 0 bytes).
fn main() {
    let k = 3;
    let big = 7u64;
    println!("{} {} {}", std::mem::size_of_val(&|| k + 1), std::mem::size_of_val(&|| 1), std::mem::size_of_val(&move || big + 1));
    let v = vec![1, 2];
    let total: i32 = v.iter().map(|x: &i32| x * 2).sum();
    println!("{}", total);
}
