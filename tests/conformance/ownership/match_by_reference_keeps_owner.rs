// Checks that matching on &value or with ref bindings does not move the String out, so the owner stays usable.
fn main() {
    let maybe_name: Option<String> = Some(String::from("Ferris"));
    match &maybe_name {
        Some(n) => println!("hello {n}"),
        None => println!("nobody"),
    }
    if let Some(n) = &maybe_name {
        println!("{} chars", n.len());
    }
    match maybe_name {
        Some(ref n) => println!("ref binding {n}"),
        None => {}
    }
    println!("still have {:?}", maybe_name);
    let pair = (String::from("x"), 5);
    let (ref s, num) = pair;
    println!("{s} {num} {:?}", pair);
}
