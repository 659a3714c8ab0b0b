// E0716: trimming a `format!` result keeps a borrow of a temporary.
fn main() {
    let name = "  bob ";
    let t = format!("{}!", name).trim();
    println!("[{}]", t);
}
