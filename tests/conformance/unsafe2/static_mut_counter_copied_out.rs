// A `static mut` counter bumped by a helper on each call; its value is copied out in `unsafe` before printing.
static mut CALLS: u32 = 0;

fn greet(name: &str) -> String {
    unsafe {
        CALLS += 1;
    }
    format!("hello, {name}")
}

fn main() {
    println!("{}", greet("ada"));
    println!("{}", greet("bob"));
    let calls = unsafe { CALLS };
    println!("greet ran {calls} times");
    let doubled = unsafe { CALLS * 2 };
    println!("doubled: {doubled}");
}
