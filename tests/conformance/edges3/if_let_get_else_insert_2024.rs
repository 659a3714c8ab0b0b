// Edition 2024: the `if let` scrutinee's borrow has ended in the `else` branch, so inserting is allowed.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<&str, i32> = HashMap::new();
    for name in ["a", "b", "a"] {
        if let Some(s) = scores.get_mut(name) {
            *s += 1;
        } else {
            scores.insert(name, 1);
        }
    }
    println!("{} {}", scores["a"], scores["b"]);
}
