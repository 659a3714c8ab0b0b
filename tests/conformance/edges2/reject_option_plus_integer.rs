// E0277: an `Option<i8>` cannot be added to an `i8` (Book ch. 6.1).
fn main() {
    let x: i8 = 5;
    let y: Option<i8> = Some(5);
    let sum = x + y;
    println!("{}", sum);
}
