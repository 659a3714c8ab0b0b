// Checks that a binding initialized on only one branch of an if is rejected with E0381 when used after.
fn main() {
    let n = 4;
    let label: String;
    if n > 3 {
        label = String::from("big");
    }
    println!("{label}");
}
