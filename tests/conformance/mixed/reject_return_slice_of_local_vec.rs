// E0515: a function returns a slice of a Vec created inside it.
fn evens(n: &[i32]) -> &[i32] {
    let v: Vec<i32> = n.iter().filter(|x| *x % 2 == 0).cloned().collect();
    &v[..]
}

fn main() {
    println!("{:?}", evens(&[1, 2, 3, 4]));
}
