// An `FnMut` closure called in a loop, then the captured Vec used after.
fn main() {
    let mut seen = Vec::new();
    let mut record = |x: i32| {
        if x % 2 == 0 {
            seen.push(x);
        }
    };
    for i in 0..6 {
        record(i);
    }
    println!("{:?}", seen);
}
