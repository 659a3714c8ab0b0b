// Default binding modes: matching on `&Option<String>` binds `s` as `&String`; nothing moves.
fn show(o: &Option<String>) -> usize {
    match o {
        Some(s) => s.len(),
        None => 0,
    }
}

fn main() {
    let o = Some(String::from("four"));
    println!("{} {:?}", show(&o), o);
}
