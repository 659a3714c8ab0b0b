// Checks that keeping a &str into a temporary String that is dropped at the end of the statement is rejected with E0716.
fn main() {
    let name = "ferris";
    let upper: &str = name.to_uppercase().as_str();
    println!("{upper}");
}
