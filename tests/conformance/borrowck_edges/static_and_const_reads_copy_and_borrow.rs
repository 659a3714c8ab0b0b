// rustc accepts: reading Copy values out of statics and consts, borrowing a static, and shadowing a const's name in a pattern-free way.
static BASE: i32 = 40;
static WORDS: [&str; 2] = ["a", "b"];
const STEP: i32 = 2;

fn main() {
    let mut x = BASE;
    x += STEP;
    let r: &'static i32 = &BASE;
    let w = WORDS[1];
    let c = STEP;
    println!("{} {} {} {}", x, r, w, c + *r);
}
