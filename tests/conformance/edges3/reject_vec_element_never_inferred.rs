// E0282: `Vec::new()` whose element type nothing gives, only printed through `first()`.
fn main() {
    let v = Vec::new();
    if let Some(x) = v.first() {
        println!("{x}");
    }
}
