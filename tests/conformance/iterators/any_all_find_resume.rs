// any, all, find and position stop at their answer; the iterator keeps the rest.
fn main() {
    let v = vec![2, 4, 5, 6, 7];
    let mut it = v.iter();
    println!("{}", it.any(|x| {
        println!("any checks {}", x);
        x % 2 == 1
    }));
    println!("left: {:?}", it.next());
    let mut it2 = v.iter();
    println!("{}", it2.all(|x| x % 2 == 0));
    println!("left: {:?}", it2.next());
    let mut it3 = v.iter();
    println!("{:?}", it3.find(|x| **x > 4));
    println!("{:?}", it3.position(|x| *x == 7));
    println!("{:?}", it3.next());
}
