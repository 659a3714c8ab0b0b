// `loop` with `break value`: the first square above 50.
fn main() {
    let mut i = 0;
    let found = loop {
        i += 1;
        if i * i > 50 {
            break i * i;
        }
    };
    println!("{found} after {i} steps");
}
