// `let … else` with an early return inside a helper.
fn first_number(words: &[&str]) -> i32 {
    let Some(first) = words.first() else {
        return -1;
    };
    let Ok(n) = first.parse::<i32>() else {
        return 0;
    };
    n * 10
}

fn main() {
    println!("{}", first_number(&["7", "x"]));
    println!("{}", first_number(&["x"]));
    println!("{}", first_number(&[]));
}
