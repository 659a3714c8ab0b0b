// Near miss of reject_temporary_*: each temporary gets a `let` of its own (rustc's
// suggestion), or is used only within its statement.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let name = String::from("ann");
    let binding = name.to_uppercase();
    let upper: &str = binding.as_str();
    let shouted = format!("{}!", name);
    let w = longest("a", &shouted);
    println!("{} {upper} {w}", name.to_uppercase().as_str());
}
