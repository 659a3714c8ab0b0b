// `*v.remove(0)` / `*make()` move the contents out of a temporary Box: only its block
// is freed at the `;` (it used to free the String too, then again at the end: a crash).
fn main() {
    let mut v: Vec<Box<String>> = vec![Box::new("pear".into()), Box::new("apple".into()), Box::new("fig".into())];
    v.sort();
    println!("{:?}", v);
    v.sort_by_key(|b| b.len());
    let lens: Vec<usize> = v.iter().map(|b| b.len()).collect();
    println!("{:?} {:?}", v, lens);
    let first: String = *v.remove(0);
    println!("{}", first);
}
