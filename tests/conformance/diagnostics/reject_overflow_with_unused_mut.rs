// The deny-by-default `arithmetic_overflow` lint beside an `unused_mut` warning, which rustc prints first; a `mut` changed through `&mut` is not linted.
fn grow(n: &mut u8) {
    *n += 1;
}

fn main() {
    let mut small = 200u8;
    let mut changed = 1u8;
    grow(&mut changed);
    let big = small + 100;
    println!("{} {}", big, changed);
}
