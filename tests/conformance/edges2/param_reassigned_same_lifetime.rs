// Near miss: with one named lifetime for both, `cur = other` is fine; so is a shared `&str`.
fn pick<'a>(mut cur: &'a mut Vec<i32>, other: &'a mut Vec<i32>, switch: bool) {
    cur.push(1);
    if switch {
        cur = other;
    }
    cur.push(2);
}

fn longer<'a>(mut best: &'a str, words: &[&'a str]) -> usize {
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best.len()
}

fn main() {
    let mut a = vec![];
    let mut b = vec![];
    pick(&mut a, &mut b, true);
    println!("{:?} {:?} {}", a, b, longer("ab", &["abc", "x"]));
}
