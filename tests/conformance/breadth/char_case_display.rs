// char::to_uppercase / to_lowercase display their chars ('ß' becomes "SS").
fn main() {
    println!("{} {}", 'ß'.to_uppercase(), 'Σ'.to_lowercase());
    let up = 'a'.to_uppercase();
    println!("{up}");
}
