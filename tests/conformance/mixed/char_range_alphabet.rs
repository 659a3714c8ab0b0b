// Checks iterating over char ranges ('a'..='z', 'A'..'F') and collecting them into a Vec<char> and a String.
fn main() {
    let mut line = String::new();
    for c in 'a'..='j' {
        line.push(c);
        line.push(' ');
    }
    println!("{}", line.trim_end());
    let hex: Vec<char> = ('A'..'G').collect();
    println!("{:?}", hex);
    let count = ('a'..='z').filter(|c| "rustacean".contains(*c)).count();
    println!("{} distinct letters", count);
}
