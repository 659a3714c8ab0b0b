// Checks that * / % bind tighter than + -, that operators of equal precedence associate left, and that parentheses override.
fn main() {
    let a = 2 + 3 * 4;
    let b = (2 + 3) * 4;
    let c = 20 - 6 - 4;
    let d = 100 / 10 / 5;
    let e = 17 % 5 * 3;
    let f = 1 + 17 % 5 * 3 - 8 / 3;
    let g = (1 + 17) % (5 * 3) - (8 / 3);
    println!("a={} b={} c={} d={}", a, b, c, d);
    println!("e={} f={} g={}", e, f, g);
    println!("{}", 2 * (3 + (4 - 1) * 2) / 3);
}
