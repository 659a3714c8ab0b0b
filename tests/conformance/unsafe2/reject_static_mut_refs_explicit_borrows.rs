// static_mut_refs (deny, 2024): `&mut COUNTER` and `&COUNTER` with rustc's `&raw mut` / `&raw const` help; an unused variable warns first.
static mut COUNTER: u32 = 0;

fn main() {
    let m = unsafe { &mut COUNTER };
    *m += 1;
    let unused = 5;
    let r = unsafe { &COUNTER };
    println!("{}", r);
}
