// Near miss of the E0507 hints: borrowing `&names[0]` or cloning compiles and runs.
fn main() {
    let names = vec![String::from("Ann"), String::from("Bo")];
    let first = &names[0];
    let second = names[1].clone();
    println!("{first} {second} {}", names.len());
}
