// `into_iter` takes the Vec by value: it is gone, even before the iterator runs.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let it = v.into_iter().map(|s| s + "!");
    println!("{:?}", v);
    let w: Vec<String> = it.collect();
    println!("{:?}", w);
}
