// E0425: a function body uses a variable name that was never declared (typo of a parameter).
fn area(width: u32, height: u32) -> u32 {
    width * heigth
}

fn main() {
    println!("{}", area(2, 3));
}
