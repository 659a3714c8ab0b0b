// Checks Vec::with_capacity growth, vec![] and vec![x; n] capacities, and that clone's capacity equals its length.
fn main() {
    let mut v = Vec::with_capacity(3);
    for i in 0..7 {
        v.push(i * 10);
        print!("{}/{} ", v.len(), v.capacity());
    }
    println!();
    let lit = vec![1, 2, 3];
    let rep = vec![0u64; 5];
    println!("{:?} cap {} | {:?} cap {}", lit, lit.capacity(), rep, rep.capacity());
    let c = v.clone();
    println!("clone len {} cap {}", c.len(), c.capacity());
    let mut e: Vec<String> = vec![];
    println!("empty cap {}", e.capacity());
    e.push(String::from("x"));
    println!("strings cap {}", e.capacity());
}
