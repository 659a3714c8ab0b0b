// E0507: a non-Copy value cannot be moved out of a `static`.
static NAMES: [String; 0] = [];
static GREETING: Option<String> = None;

fn main() {
    let g = GREETING;
    println!("{:?} {}", g, NAMES.len());
}
