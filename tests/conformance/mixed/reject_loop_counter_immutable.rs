// E0384: a let binding without mut is assigned again inside a while loop.
fn main() {
    let total = 0;
    let mut i = 0;
    while i < 3 {
        total = total + i;
        i += 1;
    }
    println!("{}", total);
}
