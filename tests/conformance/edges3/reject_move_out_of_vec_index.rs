// E0507: `let s = v[0];` cannot move a String out of a Vec by indexing.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let s = v[0];
    println!("{s}");
}
