// E0004: [head, tail @ ..] covers every slice but the empty one.
fn sum(values: &[i32]) -> i32 {
    match values {
        [head, tail @ ..] => head + sum(tail),
    }
}

fn main() {
    println!("{}", sum(&[1, 2]));
}
