// E0004: an i8 match missing 101..=MAX; the new arm goes after the last one, with a comma added before it.
fn main() {
    let n: i8 = 5;
    let size = match n {
        i8::MIN..=0 => 0,
        1..=100 => 1
    };
    println!("{size}");
}
