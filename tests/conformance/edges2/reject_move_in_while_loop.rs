// E0382: a String moved into a function inside a `while` loop.
fn eat(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("food");
    let mut n = 0;
    while n < 2 {
        eat(s);
        n += 1;
    }
}
