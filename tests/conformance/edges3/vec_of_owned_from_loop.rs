// Near miss: pushing the owned String (a move) instead of a reference.
fn main() {
    let mut owned: Vec<String> = Vec::new();
    for i in 0..3 {
        let s = i.to_string();
        owned.push(s);
    }
    println!("{:?}", owned);
}
