// Checks writing through two levels of Box and replacing the inner Box entirely.
fn main() {
    let mut bb: Box<Box<u32>> = Box::new(Box::new(1));
    **bb = 5;
    println!("inner value: {}", **bb);
    *bb = Box::new(9);
    println!("replaced inner box: {}", **bb);
    **bb += **bb;
    println!("doubled: {}", bb);
    bb = Box::new(Box::new(100));
    println!("replaced whole thing: {}", **bb + 1);
}
