// E0507: `v[0]` cannot move a String out of a Vec.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let first = v[0];
    println!("{}", first);
}
