// E0597: a reference to a loop-local String is stored in a Vec that outlives the loop.
fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..3 {
        let s = format!("item{}", i);
        refs.push(&s);
    }
    println!("{}", refs.len());
}
