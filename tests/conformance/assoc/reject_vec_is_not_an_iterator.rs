// E0277: a Vec is IntoIterator but not an Iterator, so it does not meet `I: Iterator<Item = u32>` (its `into_iter()` would).
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}

fn main() {
    let v: Vec<u32> = vec![1, 2, 3];
    println!("{}", total(v));
}
