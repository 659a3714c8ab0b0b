// E0502: an explicit `&mut v` taken first is not two-phase: `Vec::push(&mut v, v.len())` still fails via a named reference.
fn main() {
    let mut v: Vec<usize> = vec![1];
    let r = &mut v;
    r.push(v.len());
    println!("{:?}", v);
}
