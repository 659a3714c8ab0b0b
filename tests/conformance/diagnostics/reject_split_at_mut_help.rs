fn main() {
    let mut arr = [1, 2, 3];
    let x = &mut arr[0];
    let y = &mut arr[2];
    *x += *y;
    let mut pair = ([0u8; 2], 5);
    let a = &mut pair.0[0];
    let b = &mut pair.0[1];
    *a = *b;
    println!("{:?} {:?}", arr, pair);
}
