// E0507: through `&mut`, a by-value binding still moves out of the variant.
enum Slot {
    Full(String),
    Empty,
}

fn take(s: &mut Slot) -> String {
    match *s {
        Slot::Full(v) => v,
        Slot::Empty => String::new(),
    }
}

fn main() {
    let mut s = Slot::Full(String::from("x"));
    println!("{}", take(&mut s));
}
