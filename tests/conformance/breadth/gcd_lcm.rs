// Checks Euclid's gcd in recursive and iterative form and lcm built on it.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn gcd_loop(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn main() {
    println!("{} {}", gcd(48, 18), gcd_loop(48, 18));
    println!("{} {}", gcd(17, 5), gcd_loop(0, 9));
    let mut acc = 1;
    for n in 1..=20 {
        acc = lcm(acc, n);
    }
    println!("lcm(1..=20) = {acc}");
}
