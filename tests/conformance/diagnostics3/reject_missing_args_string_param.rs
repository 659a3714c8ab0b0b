// E0061: `label(7)` misses its `String` parameter.
fn label(id: i32, text: String) -> String {
    format!("{}: {}", id, text)
}

fn main() {
    let l = label(7);
    println!("{}", l);
}
