// Checks that calling a function with too few arguments is rejected with E0061.
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    println!("{}", area(5));
}
