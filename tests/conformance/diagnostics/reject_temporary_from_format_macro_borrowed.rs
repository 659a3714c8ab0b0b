fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let name = String::from("ann");
    let w = longest("a", &format!("{}!", name));
    println!("{w}");
}
