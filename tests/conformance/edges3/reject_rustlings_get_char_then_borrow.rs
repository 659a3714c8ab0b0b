// E0382/E0716: Rustlings: `data` moved into `get_char`, then borrowed (and a temporary's borrow stored).
fn get_char(data: String) -> char { data.chars().last().unwrap() }
fn string_uppercase(mut data: &String) {
    data = &data.to_uppercase();
    println!("{data}");
}
fn main() {
    let data = "Rust is great!".to_string();
    get_char(data);
    string_uppercase(&data);
}
