// E0596: an immutable `static` cannot be borrowed mutably.
static TOTAL: i64 = 0;

fn add(to: &mut i64, n: i64) {
    *to += n;
}

fn main() {
    add(&mut TOTAL, 5);
    println!("{}", TOTAL);
}
