// Overflow inside Iterator::sum is reported in std's accum.rs, as rustc's binary does.
fn main() {
    let v = vec![200u8, 100];
    let t: u8 = v.iter().sum();
    println!("{}", t);
}
