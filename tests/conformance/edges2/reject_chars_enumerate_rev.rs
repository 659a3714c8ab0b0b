// E0277: `Enumerate` reverses only an iterator of known length; `Chars` is not one.
fn main() {
    for (i, c) in "ab".chars().enumerate().rev() {
        println!("{} {}", i, c);
    }
}
