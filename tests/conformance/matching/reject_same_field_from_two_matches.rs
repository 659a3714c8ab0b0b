// The same field borrowed mutably by two matches while the first borrow is still used.
struct Pair(u32, u32);

fn main() {
    let mut pair = Pair(10, 20);
    let first = match pair {
        Pair(ref mut a, _) => a,
    };
    let second = match pair {
        Pair(ref mut b, _) => b,
    };
    *first += 1;
    *second += 1;
}
