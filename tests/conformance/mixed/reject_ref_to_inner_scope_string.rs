// E0597: a reference to a String declared in an inner block is used after the block ends.
fn main() {
    let longest: &str;
    {
        let s = String::from("inner text");
        longest = s.as_str();
    }
    println!("{}", longest);
}
