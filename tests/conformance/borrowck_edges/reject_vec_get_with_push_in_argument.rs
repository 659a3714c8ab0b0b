// E0502: `v.get(..)` takes `&v` first; pushing inside its argument block needs `&mut v` (no two-phase for `&self`).
fn main() {
    let mut v = vec![1];
    let first = v.get({ v.push(2); 0 });
    println!("{:?}", first);
}
