// E0308: a function's tail expression of another type than its declared return type; rustc labels the return type "expected `u32` because of return type".
fn count_words(text: &str) -> u32 {
    text.split(' ').count()
}

fn main() {
    println!("{}", count_words("a b c"));
}
