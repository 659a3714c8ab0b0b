// E0382: a value moved inside a labelled loop is moved again on the next iteration.
fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hi");
    'outer: for i in 0..2 {
        for _ in 0..2 {
            if i == 0 {
                take(s);
                continue 'outer;
            }
        }
    }
}
