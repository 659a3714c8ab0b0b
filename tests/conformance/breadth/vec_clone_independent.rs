// Checks that a cloned Vec<String> is independent of the original after mutating both.
fn main() {
    let mut original = vec![String::from("one"), String::from("two")];
    let mut copy = original.clone();
    original.push(String::from("three"));
    copy[0].push_str("-modified");
    original[1] = String::from("TWO");
    println!("{:?}", original);
    println!("{:?}", copy);
    let nested = vec![vec![1, 2], vec![3]];
    let mut n2 = nested.clone();
    n2[1].push(4);
    println!("{:?} {:?}", nested, n2);
    println!("{}", nested == n2);
}
