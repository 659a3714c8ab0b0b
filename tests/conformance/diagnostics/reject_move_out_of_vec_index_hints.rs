// E0507: `let first = names[0];` moves out of a Vec; rustc suggests `&names[0]` and `names[0].clone()`.
fn main() {
    let names = vec![String::from("Ann"), String::from("Bo")];
    let first = names[0];
    println!("{first} {}", names.len());
}
