fn main() {
    let s = String::from("hi");
    let mut out = Vec::new();
    let mut v = vec![3, 1, 2];
    v.retain(|x| { out.push(s); *x > 1 });
    println!("{:?}", v);
}
