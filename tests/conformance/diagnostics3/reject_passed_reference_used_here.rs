// E0502: a reference kept in a variable `r` and passed later to `show(r)` is "later used here" at `r`, not "by call".
fn show(v: &Vec<i32>) {
    println!("{:?}", v);
}

fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v;
    v.push(4);
    show(r);
}
