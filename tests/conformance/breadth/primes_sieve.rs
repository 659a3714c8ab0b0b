// Checks a sieve of Eratosthenes over a bool array with nested while and for loops.
fn main() {
    const N: usize = 60;
    let mut is_prime = [true; N];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i < N {
        if is_prime[i] {
            for j in (i * i..N).step_by(i) {
                is_prime[j] = false;
            }
        }
        i += 1;
    }
    let mut count = 0;
    for (n, prime) in is_prime.iter().enumerate() {
        if *prime {
            print!("{n} ");
            count += 1;
        }
    }
    println!();
    println!("{count} primes below {N}");
}
