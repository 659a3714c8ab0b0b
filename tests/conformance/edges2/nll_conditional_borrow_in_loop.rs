// NLL: a borrow taken in some iterations only, ended before the mutation.
fn main() {
    let mut v = vec![3, 1, 2];
    let mut i = 0;
    while i < 3 {
        let biggest = v.iter().max().copied().unwrap_or(0);
        if v[i] == biggest {
            v[i] = 0;
        }
        i += 1;
    }
    println!("{:?}", v);
}
