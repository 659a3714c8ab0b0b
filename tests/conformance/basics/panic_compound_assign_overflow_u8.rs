// Checks that `level += 10` on a known u8 value of 250 compiles (rustc's lint skips assignments back into a mut variable) and panics at run time.
fn main() {
    let mut level: u8 = 240;
    level += 10;
    println!("level {level}");
    level += 10;
    println!("level {level}");
}
