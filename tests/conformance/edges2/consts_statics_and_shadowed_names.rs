// `const` and `static` items, a const used as an array length, shadowing a const's name locally.
const MAX: usize = 3;
static GREETING: &str = "hi";

fn main() {
    let arr = [0u8; MAX];
    let total: usize = arr.len() * MAX;
    let max = MAX + 1;
    println!("{} {} {} {}", GREETING, arr.len(), total, max);
}
