// E0499: NLL problem case #3: a borrow returned on one path stays live on the other.
fn first_or_insert(v: &mut Vec<i32>) -> &mut i32 {
    if let Some(x) = v.first_mut() {
        return x;
    }
    v.push(0);
    v.first_mut().unwrap()
}

fn main() {
    let mut v = Vec::new();
    *first_or_insert(&mut v) += 1;
    println!("{:?}", v);
}
