// E0004: a slice match without the empty case (or longer slices) is not exhaustive.
fn first(values: &[i32]) -> i32 {
    match values {
        [x] => *x,
        [x, _] => *x,
    }
}

fn main() {
    println!("{}", first(&[1, 2]));
}
