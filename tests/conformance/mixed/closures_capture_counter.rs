// Checks closures capturing by reference, by mutable reference and by move, used with iterator adapters.
fn main() {
    let factor = 3;
    let triple = |x: i32| x * factor;
    println!("{}", triple(7));
    let mut count = 0;
    let mut bump = || {
        count += 1;
        count * 10
    };
    println!("{} {}", bump(), bump());
    println!("count {}", count);
    let name = String::from("ferris");
    let greet = move || format!("hi {}", name);
    println!("{}", greet());
    println!("{}", greet());
    let v = vec![1, 2, 3, 4, 5, 6];
    let threshold = 3;
    let big: Vec<i32> = v.iter().filter(|&&x| x > threshold).cloned().collect();
    println!("{:?}", big);
    let squares: Vec<i32> = v.iter().map(|x| x * x).collect();
    println!("{:?}", squares);
    let mut log = Vec::new();
    v.iter().for_each(|x| log.push(x * 100));
    println!("{:?}", log);
    let add = |a: i32, b: i32| -> i32 { a + b };
    println!("{}", v.iter().fold(0, |acc, x| add(acc, *x)));
    let (evens, odds): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x % 2 == 0);
    println!("{:?} {:?}", evens, odds);
}
