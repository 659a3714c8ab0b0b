fn main() {
    let s = String::from("hi");
    let v = vec![1, 2, 3];
    let w: Vec<i32> = v.iter().map(|x| { drop(s); *x }).collect();
    println!("{:?}", w);
}
