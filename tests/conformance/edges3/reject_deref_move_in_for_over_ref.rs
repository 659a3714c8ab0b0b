// E0507: `*s` in a `for s in &strings` loop tries to move the String out.
fn main() {
    let strings = vec![String::from("a")];
    for s in &strings {
        let owned: String = *s;
        println!("{owned}");
    }
}
