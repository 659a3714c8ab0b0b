// Checks that calling a String method on an Option<String> without unwrapping is rejected with E0599.
fn main() {
    let name: Option<String> = Some(String::from("Ferris"));
    println!("{}", name.to_uppercase());
}
