// `by_ref`, `loop` with a `break` value, `zip`, `windows` and `rev().enumerate()`.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let mut it = v.iter();
    let first_two: Vec<&i32> = it.by_ref().take(2).collect();
    let rest: i32 = it.sum();
    let mut n = 0;
    let found = loop {
        n += 1;
        if v[n] > 4 {
            break n;
        }
    };
    let pairs: Vec<(i32, char)> = v.iter().copied().zip("abc".chars()).collect();
    let rising = v.windows(2).filter(|w| w[0] < w[1]).count();
    for (i, x) in v.iter().rev().enumerate().take(2) {
        print!("{}:{} ", i, x);
    }
    println!();
    println!("{:?} {} {} {:?} {}", first_two, rest, found, pairs, rising);
}
