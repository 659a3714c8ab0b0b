// E0508: `let e = arr_ref[0];` moves a String out of an array behind `&`; borrow and clone suggestions.
fn main() {
    let words = [String::from("a"), String::from("b")];
    let view = &words;
    let first = view[0];
    println!("{first}");
}
