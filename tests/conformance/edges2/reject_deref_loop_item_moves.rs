// E0507: `*s` in a loop over `&Vec<String>` moves out of the reference.
fn main() {
    let v = vec![String::from("a")];
    for s in &v {
        let t = *s;
        println!("{}", t);
    }
}
