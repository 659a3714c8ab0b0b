// E0502: the lazy intersection borrows both sets, so inserting into one before it is consumed is rejected.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<i32> = [1, 2, 3].into_iter().collect();
    let mut b: BTreeSet<i32> = [2, 3, 4].into_iter().collect();
    let common = a.intersection(&b);
    b.insert(5);
    println!("{:?}", common.collect::<Vec<_>>());
}
