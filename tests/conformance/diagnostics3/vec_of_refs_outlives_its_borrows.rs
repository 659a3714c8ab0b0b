// Near miss: the borrowed Strings are declared before the `Vec<&String>` and outlive it, so this compiles.
fn main() {
    let first = String::from("one");
    let names: Vec<String> = vec![String::from("two"), String::from("three")];
    let mut refs: Vec<&String> = Vec::new();
    refs.push(&first);
    for n in &names {
        refs.push(n);
    }
    println!("{:?}", refs);
}
