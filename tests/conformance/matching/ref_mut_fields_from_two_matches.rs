// Two matches on the same struct each borrow a different field mutably: a pattern that
// tests nothing reads no part of the place, so the second match does not touch `pair.0`.
struct Pair(u32, u32);

fn main() {
    let mut pair = Pair(10, 20);
    let left = match pair {
        Pair(ref mut l, _) => l,
    };
    let right = match pair {
        Pair(_, ref mut r) => r,
    };
    *left += 1;
    *right += 2;
    println!("{} {}", pair.0, pair.1);
}
