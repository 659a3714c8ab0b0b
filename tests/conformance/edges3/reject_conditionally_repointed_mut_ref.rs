// E0503: `r` may still point at `x` after an `if` that may re-point it; `x += 1` conflicts.
fn main() {
    let mut x = 5;
    let mut r = &mut x;
    let mut y = 6;
    if x > 100 { r = &mut y; }
    x += 1;
    *r += 1;
}
