fn main() {
    let opt = Some(String::from("hi"));
    if let Some(s) = opt {
        println!("{s}");
    }
    println!("{:?}", opt);
}
