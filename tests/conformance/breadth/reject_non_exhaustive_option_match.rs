// Checks that matching an Option<i32> without a None arm is rejected with E0004 (the Book's plus_one bug).
fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        Some(i) => Some(i + 1),
    }
}

fn main() {
    println!("{:?}", plus_one(Some(5)));
}
