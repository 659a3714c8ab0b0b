// E0502: a borrow returned on one path is live for the whole function body.
fn first_or_push(v: &mut Vec<i32>) -> &i32 {
    let r = &v[0];
    if *r > 0 {
        return r;
    }
    v.push(1);
    &v[0]
}

fn main() {
    let mut v = vec![0];
    println!("{}", first_or_push(&mut v));
}
