// Checks that a Vec slice whose end exceeds the length panics with `range end index ... out of range`.
fn window(v: &[u8], start: usize, len: usize) -> &[u8] {
    &v[start..start + len]
}

fn main() {
    let data = vec![1u8, 2, 3, 4, 5];
    println!("{:?}", window(&data, 1, 3));
    println!("{:?}", window(&data, 3, 2));
    println!("{:?}", window(&data, 3, 4));
}
