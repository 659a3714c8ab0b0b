// Near miss: pushing the owned String moves it into the Vec.
fn main() {
    let mut items: Vec<String> = Vec::new();
    for i in 0..3 {
        let s = format!("item{}", i);
        items.push(s);
    }
    println!("{:?}", items);
}
