// E0499: `map` with a closure that pushes to the Vec being iterated.
fn main() {
    let mut v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().map(|x| {
        v.push(*x);
        x * 2
    }).collect();
    println!("{:?}", doubled);
}
