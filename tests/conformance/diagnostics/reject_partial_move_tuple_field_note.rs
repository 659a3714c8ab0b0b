// E0382: using a tuple after moving its String field; the note names `pair.0` and its type.
fn main() {
    let pair = (String::from("left"), 2);
    let left = pair.0;
    let whole = pair;
    println!("{left} {}", whole.1);
}
