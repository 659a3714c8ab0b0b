// Checks that dereferencing a plain u32 parameter is rejected with E0614.
fn double(x: u32) -> u32 {
    *x * 2
}

fn main() {
    println!("{}", double(4));
}
