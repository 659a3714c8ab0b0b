// E0381: `if … else if …` without a final `else` leaves `s` possibly-uninitialized.
fn main() {
    let s: String;
    let n = 4;
    if n > 3 {
        s = String::from("big");
    } else if n > 1 {
        s = String::from("mid");
    }
    println!("{s}");
}
