// E0499: `&mut items[0]` then `&mut items` is not two elements: rustc gives no `split_at_mut` help.
fn main() {
    let mut items = vec![1, 2];
    let first = &mut items[0];
    let all = &mut items;
    *first += 1;
    all.push(3);
    println!("{:?}", items);
}
