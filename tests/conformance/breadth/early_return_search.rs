// Checks `return` from the middle of nested loops and from an if, plus the fall-through tail value.
fn smallest_factor(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return d;
        }
        d += 1;
    }
    n
}

fn find_pair(target: i32) -> (i32, i32) {
    for a in 1..10 {
        for b in a..10 {
            if a * b == target {
                return (a, b);
            }
        }
    }
    (0, 0)
}

fn main() {
    for n in [1, 15, 49, 97, 221, 1_000_003] {
        println!("smallest factor of {n} is {}", smallest_factor(n));
    }
    println!("{:?} {:?}", find_pair(24), find_pair(97));
}
