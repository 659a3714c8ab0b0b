// A `let mut r = &mut x;` re-pointed to `y`: `x` is usable again while `r` lives.
fn main() {
    let mut x = 5;
    let mut y = 6;
    let mut r = &mut x;
    *r += 1;
    r = &mut y;
    *r += 1;
    x += 10;
    println!("{x} {r}");
}
