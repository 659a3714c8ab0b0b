// E0507: a field cannot be moved out from behind `&mut` without putting something back.
struct Slot {
    name: String,
}

fn take_name(s: &mut Slot) -> String {
    s.name
}

fn main() {
    let mut s = Slot { name: String::from("a") };
    println!("{}", take_name(&mut s));
}
