// E0716: `vec![&String::from(..)]` builds through a call; the temporary dies at the `;`.
fn main() {
    let v = vec![&String::from("a")];
    println!("{:?}", v);
}
