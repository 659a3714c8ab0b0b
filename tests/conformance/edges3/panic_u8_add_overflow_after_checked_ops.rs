// checked/wrapping/saturating adds on u8, then a plain `+` of a parsed value overflows.
fn main() {
    let a: u8 = 200;
    let b: u8 = "100".parse().unwrap();
    let c = a.checked_add(b);
    let d = a.wrapping_add(b);
    let e = a.saturating_add(b);
    println!("{:?} {} {}", c, d, e);
    let f = a + b;
    println!("{f}");
}
