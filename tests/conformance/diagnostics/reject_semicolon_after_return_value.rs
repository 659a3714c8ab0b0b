// E0308: a function whose last line `total * 2;` ends in a semicolon; rustc labels the `;` "remove this semicolon to return this value".
fn double(total: u32) -> u32 {
    println!("doubling {total}");
    total * 2;
}

fn main() {
    println!("{}", double(4));
}
