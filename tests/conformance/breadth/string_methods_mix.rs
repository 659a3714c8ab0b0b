// Checks contains, trim, to_uppercase/to_lowercase, is_empty, as_str and replace on a String.
fn main() {
    let raw = String::from("   Rust is Fun   ");
    let t = raw.trim();
    println!("[{t}] [{}]", raw.len());
    println!("{} {}", t.contains("is"), t.contains("IS"));
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    let empty = String::new();
    println!("{} {}", empty.is_empty(), t.is_empty());
    let owned = t.to_string();
    let view: &str = owned.as_str();
    println!("{}", view.replace("Fun", "fast"));
    println!("{}", "Straße".to_uppercase());
    println!("{}", "ǅungla".to_lowercase());
    println!("[{}]", "\t tabs and newlines \n".trim());
}
