// Near miss: clone before moving into each closure.
fn main() {
    let s = String::from("x");
    let mut total = 0;
    for i in 0..3 {
        let mine = s.clone();
        let f = move || mine.len() + i;
        total += f();
    }
    println!("{} {}", total, s);
}
