// `for_each` with a closure that re-points a captured `&str` (an FnMut capture by unique borrow).
fn main() {
    let words = vec!["a", "bb", "ccc"];
    let mut longest = "";
    words.iter().for_each(|w| if w.len() > longest.len() { longest = w; });
    println!("{longest}");
}
