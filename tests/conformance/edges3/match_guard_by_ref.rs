// A match guard reads the binding by reference; the arm then moves the String out.
fn main() {
    let msg = Some(String::from("hello"));
    match msg {
        Some(ref s) if s.len() > 10 => println!("long {s}"),
        Some(s) => println!("short {s}"),
        None => println!("none"),
    }
}
