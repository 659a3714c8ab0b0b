// flatten over &Option<T> yields &T for each Some; over Option<T> the values.
fn main() {
    let o = vec![Some(1), None, Some(3)];
    let s: i32 = o.iter().flatten().sum();
    let kept: Vec<&i32> = o.iter().flatten().collect();
    println!("{s} {kept:?}");
    let owned: Vec<i32> = o.into_iter().flatten().collect();
    println!("{owned:?}");
}
