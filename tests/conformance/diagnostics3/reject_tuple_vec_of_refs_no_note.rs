// E0597: a `Vec<(usize, &String)>` is not `Vec<&T>`: rustc gives no collection note for it.
fn main() {
    let mut pairs: Vec<(usize, &String)> = Vec::new();
    for i in 0..2 {
        let label = format!("n{}", i);
        pairs.push((i, &label));
    }
    println!("{}", pairs.len());
}
