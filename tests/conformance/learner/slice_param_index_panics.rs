// Built-in indexing of a slice reached through a reference panics at the whole
// expression (`list[i]`), unlike Vec's Index impl.
fn nth(list: &[u32], i: usize) -> u32 {
    list[i]
}

fn main() {
    let v = vec![10, 20, 30];
    println!("{}", nth(&v, 1));
    println!("{}", nth(&v[1..], 2));
}
