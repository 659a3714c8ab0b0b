// Checks recursive, iterative and Vec-memoised Fibonacci with u64/u128, checked_add overflow detection.
fn fib_rec(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib_rec(n - 1) + fib_rec(n - 2) }
}

fn fib_iter(n: u32) -> u128 {
    let (mut a, mut b) = (0u128, 1u128);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn fib_memo(n: usize, memo: &mut Vec<Option<u64>>) -> u64 {
    if let Some(v) = memo[n] {
        return v;
    }
    let v = if n < 2 { n as u64 } else { fib_memo(n - 1, memo) + fib_memo(n - 2, memo) };
    memo[n] = Some(v);
    v
}

fn first_overflow() -> u32 {
    let (mut a, mut b) = (0u32, 1u32);
    let mut i = 1;
    loop {
        match a.checked_add(b) {
            Some(t) => {
                a = b;
                b = t;
                i += 1;
            }
            None => return i,
        }
    }
}

fn main() {
    let v: Vec<u64> = (0..15).map(fib_rec).collect();
    println!("{:?}", v);
    println!("{}", fib_iter(150));
    let mut memo = vec![None; 91];
    println!("{}", fib_memo(90, &mut memo));
    println!("{}", memo.iter().filter(|m| m.is_some()).count());
    println!("u32 overflows at step {}", first_overflow());
}
