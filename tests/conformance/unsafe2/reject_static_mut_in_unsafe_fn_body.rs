// unsafe_op_in_unsafe_fn (warning) for a `static mut` used in an `unsafe fn` body without a block, beside E0133 in main.
static mut LEVEL: u8 = 1;

unsafe fn raise() {
    LEVEL += 1;
}

fn main() {
    unsafe { raise() };
    let now = LEVEL;
    println!("{now}");
}
