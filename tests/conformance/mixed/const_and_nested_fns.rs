// Checks const items, static-like constants in expressions, nested fn items, and shadowing across blocks.
const MAX_POINTS: u32 = 100_000;
const GREETING: &str = "hey";
const PRIMES: [u32; 5] = [2, 3, 5, 7, 11];

fn main() {
    fn helper(x: u32) -> u32 {
        const OFFSET: u32 = 7;
        x * 2 + OFFSET
    }
    fn is_prime(n: u32) -> bool {
        if n < 2 {
            return false;
        }
        let mut d = 2;
        while d * d <= n {
            if n % d == 0 {
                return false;
            }
            d += 1;
        }
        true
    }
    println!("{} {}", MAX_POINTS, helper(10));
    println!("{}", GREETING.len());
    let x = 5;
    let x = x * 2;
    {
        let x = "shadowed";
        println!("{}", x);
    }
    let x = x + 1;
    println!("{}", x);
    let primes: Vec<u32> = (1..40).filter(|&n| is_prime(n)).collect();
    println!("{:?}", primes);
    println!("{}", PRIMES.iter().all(|&p| is_prime(p)));
    let spaces = "   ";
    let spaces = spaces.len();
    println!("{}", spaces);
    let sum: u32 = PRIMES.iter().map(|&p| helper(p)).sum();
    println!("{}", sum);
}
