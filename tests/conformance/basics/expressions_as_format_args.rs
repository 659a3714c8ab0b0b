// Checks that arbitrary arithmetic expressions, comparisons and derefs can be println! arguments, mixed with positional reuse.
fn main() {
    let b = Box::new(6);
    let n: u32 = 7;
    println!("{} {} {}", *b * 7, n * n - 1, (n + 1) / 2);
    println!("{0}-{0}-{1}", *b + 1, n % 4);
    println!("{} {}", n * 2 > 13, *b == 6);
    let x = 3;
    let y = 4;
    println!("{x}^2 + {y}^2 = {}", x * x + y * y);
    let big: u64 = 7;
    let bb = Box::new(Box::new(big));
    println!("{}", **bb * 1_000_000_000_000);
}
