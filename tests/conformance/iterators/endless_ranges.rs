// Endless and huge ranges are fine: only the items asked for are produced.
fn main() {
    let first: Vec<u64> = (0..10_000_000_000u64).take(3).collect();
    println!("{:?}", first);
    let squares: Vec<u32> = (1..).map(|x: u32| x * x).take(5).collect();
    println!("{:?}", squares);
    let total: i32 = (1..).take(4).sum();
    println!("total {}", total);
    let first_big = (1..).map(|x: u64| x * x * x).find(|c| *c > 1000);
    println!("{:?}", first_big);
    let mut counter = 10..;
    println!("{:?} {:?}", counter.next(), counter.next());
    let pos = (5..).position(|x| x % 7 == 0);
    println!("{:?}", pos);
}
