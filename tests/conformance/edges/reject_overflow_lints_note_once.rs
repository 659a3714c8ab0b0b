// Several overflow lints in one program: each lint's `#[deny(...)]` note appears under its first error only; MIN % -1 panics too.
fn main() {
    let level: u8 = 255;
    let next = level + 1;
    let low: i8 = -128;
    let below = low - 1;
    let rem = i32::MIN % -1;
    let zero_div = 7 / 0;
    let doubled = u64::MAX * 2;
    let fine = 200u8 - 100;
    println!("{} {} {} {} {} {}", next, below, rem, zero_div, doubled, fine);
}
