// Checks get with valid and invalid indexes, first, last, contains and is_empty on a Vec.
fn main() {
    let v = vec![100, 32, 57];
    let third: &i32 = &v[2];
    println!("The third element is {third}");
    match v.get(2) {
        Some(third) => println!("get(2) is {third}"),
        None => println!("There is no third element."),
    }
    println!("{:?} {:?}", v.get(3), v.get(0));
    println!("{:?} {:?}", v.first(), v.last());
    println!("{} {}", v.contains(&32), v.contains(&33));
    let empty: Vec<i32> = Vec::new();
    println!("{:?} {:?} {}", empty.first(), empty.last(), empty.is_empty());
    if let Some(x) = v.get(1) {
        println!("{}", x + 1);
    }
}
