// Near miss: the move inside the loop is followed by `break`, so it happens at most once.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("abc");
    let mut total = 0;
    for i in 0..3 {
        if i == 1 {
            total += consume(s);
            break;
        }
    }
    println!("{total}");
}
