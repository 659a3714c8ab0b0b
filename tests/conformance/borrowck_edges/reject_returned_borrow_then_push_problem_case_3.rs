// E0502: NLL's "problem case #3": a borrow returned on one path lives as long as the caller's reference, so it is still alive on the path that pushes
fn first_or_insert(v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.first() {
        return x;
    }
    v.push(1);
    &v[0]
}

fn main() {
    let mut v = Vec::new();
    println!("{}", first_or_insert(&mut v));
}
