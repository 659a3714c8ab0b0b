// E0382: a value moved into a tuple or a binding inside loops: labels and the clone help, but no hoisting help (the move is not a call's argument).
fn main() {
    let mut pairs = Vec::new();
    let name = String::from("a");
    let mut n = 0;
    while n < 2 {
        let pair = (name, n);
        pairs.push(pair);
        n += 1;
    }
    let other = String::from("b");
    loop {
        let kept = other;
        pairs.push((kept, 9));
        if pairs.len() > 3 {
            break;
        }
    }
    println!("{}", pairs.len());
}
