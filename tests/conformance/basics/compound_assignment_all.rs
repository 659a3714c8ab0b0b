// Checks every compound assignment operator on a mut variable in sequence.
fn main() {
    let mut n: i32 = 10;
    n += 5;
    println!("after += 5: {n}");
    n -= 3;
    println!("after -= 3: {n}");
    n *= 4;
    println!("after *= 4: {n}");
    n /= 5;
    println!("after /= 5: {n}");
    n %= 4;
    println!("after %= 4: {n}");
    let mut u: u64 = 1;
    u *= 1_000_000;
    u *= 1_000_000;
    u += u / 2;
    println!("u: {u}");
}
