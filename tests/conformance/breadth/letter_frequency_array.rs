// Checks counting letters with a [u32; 26] array indexed by byte arithmetic, then printing the non-zero counts.
fn main() {
    let text = "Hello, World! Rust programs are fun.";
    let mut counts = [0u32; 26];
    for b in text.bytes() {
        let lower = b.to_ascii_lowercase();
        if lower >= b'a' && lower <= b'z' {
            counts[(lower - b'a') as usize] += 1;
        }
    }
    for (i, c) in counts.iter().enumerate() {
        if *c > 1 {
            print!("{}:{} ", (b'a' + i as u8) as char, c);
        }
    }
    println!();
    let total: u32 = counts.iter().sum();
    println!("{total} letters");
}
