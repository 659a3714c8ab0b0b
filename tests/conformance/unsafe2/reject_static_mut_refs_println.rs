// static_mut_refs (deny, 2024): `println!("{}", COUNTER)` takes a shared reference to the static mut.
static mut COUNTER: u32 = 0;

fn main() {
    unsafe {
        COUNTER += 1;
        println!("COUNTER: {}", COUNTER);
    }
}
