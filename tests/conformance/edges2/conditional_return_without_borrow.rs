// Near miss: test first with a shared borrow that ends, then borrow mutably.
fn first_or_insert(v: &mut Vec<i32>) -> &mut i32 {
    if v.is_empty() {
        v.push(0);
    }
    v.first_mut().unwrap()
}

fn main() {
    let mut v = Vec::new();
    *first_or_insert(&mut v) += 1;
    *first_or_insert(&mut v) += 1;
    println!("{:?}", v);
}
