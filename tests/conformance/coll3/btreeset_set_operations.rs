// BTreeSet: insert reports whether the value was new; union, intersection, difference and symmetric_difference come out in order.
use std::collections::BTreeSet;

fn main() {
    let mut a = BTreeSet::new();
    for n in [5, 1, 9, 3, 5, 7] {
        if !a.insert(n) {
            println!("{n} was already there");
        }
    }
    let b: BTreeSet<i32> = (3..=8).filter(|n| n % 2 == 0 || *n == 5).collect();
    println!("a = {a:?}, b = {b:?}");
    println!("union {:?}", a.union(&b).collect::<Vec<_>>());
    println!("intersection {:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("difference {:?}", a.difference(&b).collect::<Vec<_>>());
    println!("symmetric {:?}", a.symmetric_difference(&b).cloned().collect::<Vec<i32>>());
    println!("{} {} {:?} {:?}", a.contains(&9), a.contains(&2), a.first(), b.last());
    let letters: BTreeSet<char> = "mississippi".chars().collect();
    println!("{letters:?} {}", letters.len());
    let mut owned = letters.clone();
    println!("{:?} {:?} {}", owned.pop_first(), owned.pop_last(), owned.remove(&'p'));
    for c in owned {
        print!("{c}");
    }
    println!();
}
