// Checks that iterating a Vec by value moves it, so using it after the loop is rejected with E0382.
fn main() {
    let words = vec![String::from("a"), String::from("b")];
    for w in words {
        println!("{w}");
    }
    println!("{}", words.len());
}
