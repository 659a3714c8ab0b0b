// Near miss of reject_match_guard_moves: the guard only reads; the arm body moves the String.
fn main() {
    let msg = Some(String::from("hello"));
    match msg {
        Some(s) if s.len() > 3 => {
            let t = s;
            println!("long {t}");
        }
        Some(s) => println!("short {s}"),
        None => println!("none"),
    }
}
