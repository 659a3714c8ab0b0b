// E0594: `+=` on an immutable `static` is an assignment too.
static COUNT: u32 = 0;

fn bump() {
    COUNT += 1;
}

fn main() {
    bump();
    println!("{}", COUNT);
}
