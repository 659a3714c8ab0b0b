// Near misses: `copied()`, `map(|x| x * 2)` and `to_string` give the items the Vec wants.
fn main() {
    let a = [1, 2, 3];
    let v: Vec<i32> = a.iter().copied().collect();
    let w: Vec<i32> = a.iter().map(|x| x * 2).filter(|x| *x > 2).collect();
    let r: Vec<&i32> = a.iter().collect();
    let names: Vec<String> = vec!["a", "b"].into_iter().map(|s| s.to_string()).collect();
    println!("{:?} {:?} {:?} {:?}", v, w, r, names);
}
