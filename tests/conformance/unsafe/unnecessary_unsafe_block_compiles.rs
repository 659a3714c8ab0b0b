// An `unsafe` block with nothing unsafe inside only gets a warning: the program runs
fn main() {
    let x = unsafe { 1 + 1 };
    let y = unsafe {
        let t = x * 10;
        t + 1
    };
    println!("{x} {y}");
}
