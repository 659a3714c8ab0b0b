// `let x;` assigned in every match arm but one that panics: initialised after the match.
fn main() {
    let x: i32;
    let n = 4;
    match n {
        0 => x = 0,
        1..=3 => x = 1,
        _ => panic!("big"),
    }
    println!("{x}");
}
