// E0594: an immutable `static` cannot be assigned to.
static LIMIT: i32 = 10;

fn main() {
    println!("{}", LIMIT);
    LIMIT = 20;
    println!("{}", LIMIT);
}
