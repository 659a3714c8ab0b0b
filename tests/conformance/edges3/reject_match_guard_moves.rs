// E0507: a guard cannot move out of the matched binding (`drop(s)` in the guard).
fn main() {
    let msg = Some(String::from("hello"));
    match msg {
        Some(s) if { let t = s; t.len() > 3 } => println!("long"),
        _ => println!("other"),
    }
}
