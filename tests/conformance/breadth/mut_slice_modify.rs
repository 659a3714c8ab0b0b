// Checks modifying elements through &mut [T] and `for x in &mut v`, on a whole Vec and on a sub-slice.
fn double_all(values: &mut [i32]) {
    for x in values {
        *x *= 2;
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    double_all(&mut v);
    println!("{:?}", v);
    double_all(&mut v[1..3]);
    println!("{:?}", v);
    for x in &mut v {
        *x += 1;
    }
    println!("{:?}", v);
    let mut arr = [5, 6, 7];
    double_all(&mut arr);
    arr[0] -= 1;
    println!("{:?}", arr);
    let s = &mut arr[..];
    s[2] = 0;
    println!("{:?}", arr);
}
