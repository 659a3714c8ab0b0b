// Checks that len counts bytes while chars() yields Unicode scalar values, on ASCII and non-ASCII text.
fn main() {
    let s = "Здравствуйте";
    println!("{} bytes", s.len());
    let mut n = 0;
    for c in s.chars() {
        n += 1;
        if n <= 3 { print!("{c} "); }
    }
    println!("... {n} chars");
    for b in "hé!".bytes() {
        print!("{b} ");
    }
    println!();
    for c in "hé!".chars() {
        print!("{} ", c as u32);
    }
    println!();
    println!("{}", &s[0..4]);
    let word = String::from("naïve");
    println!("{} {}", word.len(), word.to_uppercase());
}
