// `5..=1` matches nothing: rustc rejects it (E0030) rather than letting the arm never run.
fn main() {
    let x = 3;
    match x {
        5..=1 => println!("never"),
        _ => println!("other"),
    }
}
