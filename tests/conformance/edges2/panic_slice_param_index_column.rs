// Indexing a slice (built-in) panics at the start of the expression; a Vec's at the `[`.
fn get(v: &[i32], i: usize) -> i32 {
    v[i]
}

fn get_mut(v: &mut [i32], i: usize) {
    v[i] += 1;
}

fn main() {
    let mut data = vec![1, 2, 3];
    get_mut(&mut data, 0);
    let s = &data[..2];
    println!("{} {}", get(&data, 2), s[1]);
    let arr = [4, 5];
    let whole: &[i32] = &arr;
    println!("{}", whole[0]);
    println!("{}", get(s, 2));
}
