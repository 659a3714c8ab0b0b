// Checks hex, octal, binary and byte literals and float literal forms.
fn main() {
    let hex = 0xff;
    let octal = 0o77;
    let binary = 0b1111_0000;
    let byte = b'A';
    println!("{hex} {octal} {binary} {byte}");
    println!("{}", 0xDEAD_BEEFu32);
    println!("{}", 0x7fi8);
    let f1 = 2.;
    let f2 = 1e3;
    let f3 = 2.5E-3;
    let f4 = 1_000.000_1;
    println!("{f1} {f2} {f3} {f4}");
    println!("{}", b'z' - b'a');
    println!("{}", 1f32 + 0.5);
}
