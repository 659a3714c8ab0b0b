// Near miss: matching on `&opt` binds by reference.
fn main() {
    let opt = Some(String::from("x"));
    match &opt {
        Some(s) => println!("{}", s),
        None => println!("none"),
    }
    if let Some(ref s) = opt {
        println!("again {}", s);
    }
    println!("{:?}", opt);
}
