// Checks passing &[T] slices made from arrays, Vecs and ranges of both into a summing function.
fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn main() {
    let arr = [1, 2, 3, 4, 5];
    let v = vec![10, 20, 30, 40];
    println!("{}", sum(&arr));
    println!("{}", sum(&arr[1..4]));
    println!("{}", sum(&v));
    println!("{}", sum(&v[2..]));
    println!("{}", sum(&v[..1]));
    println!("{}", sum(&arr[..]));
    println!("{}", sum(&arr[5..]));
    let s = &v[1..3];
    println!("{:?} len {} first {:?} last {:?}", s, s.len(), s.first(), s.last());
    let empty: &[i32] = &[];
    println!("{:?} {:?}", empty.first(), empty);
}
