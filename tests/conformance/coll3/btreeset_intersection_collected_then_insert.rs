// Near miss: the intersection is collected into owned values first, so b may change afterwards.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<i32> = [1, 2, 3].into_iter().collect();
    let mut b: BTreeSet<i32> = [2, 3, 4].into_iter().collect();
    let common: Vec<i32> = a.intersection(&b).copied().collect();
    b.insert(5);
    println!("{common:?} {b:?}");
}
