// `5..5` is empty: an exclusive range pattern must have its lower bound below the upper (E0579).
fn main() {
    let x = 3;
    match x {
        5..5 => println!("never"),
        _ => println!("other"),
    }
}
