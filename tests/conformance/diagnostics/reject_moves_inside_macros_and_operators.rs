fn take(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1];
    let line = format!("{} items", take(v));
    println!("{line} {:?}", v);
    let s = String::from("a");
    let t = s + "b";
    println!("{t} {s}");
    let u = String::from("u");
    let list = vec![u, String::new()];
    println!("{list:?} {u}");
}
