// E0382: a String moved into a function inside a loop is gone on the second iteration.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("abc");
    let mut total = 0;
    for _ in 0..3 {
        total += consume(s);
    }
    println!("{total}");
}
