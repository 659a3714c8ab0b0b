// E0597: storing a reference to a loop-local String in a Vec that outlives the loop.
fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..2 {
        let s = i.to_string();
        refs.push(&s);
    }
    println!("{}", refs.len());
}
