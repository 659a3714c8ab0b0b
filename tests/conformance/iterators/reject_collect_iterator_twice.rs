// `collect` takes the iterator by value: a second `collect` uses a moved value.
fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter().map(|x| x * 2);
    let a: Vec<i32> = it.collect();
    let b: Vec<i32> = it.collect();
    println!("{:?} {:?}", a, b);
}
