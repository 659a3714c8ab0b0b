// Checks that moving a String out of a Vec by indexing is rejected with E0507 (cannot move out of index).
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let first: String = names[0];
    println!("{first} {}", names.len());
}
