// E0070: a `const` is a value, not a place: it cannot be assigned to.
const MAX: usize = 3;

fn main() {
    let v = vec![1, 2, 3];
    MAX = v.len();
    println!("{}", MAX);
}
