// E0133: reading and writing a `static mut` outside `unsafe` (each use reported at the static's name).
static mut COUNTER: u32 = 0;

fn main() {
    COUNTER = COUNTER + 1;
    println!("done");
}
