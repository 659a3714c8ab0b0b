fn fib(n: u32) -> u64 { if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) } }
fn main() {
    let names = ["a", "b"];
    let s: String = names.iter().map(|s| s.to_uppercase()).collect::<Vec<_>>().join("-");
    println!("{s} {}", fib(20));
    let words = vec!["apple", "bob", "kayak"];
    let pals: Vec<&&str> = words.iter().filter(|w| w.chars().rev().collect::<String>() == **w).collect();
    println!("{pals:?}");
    let mut chars: Vec<char> = "hello".chars().collect();
    chars.sort_unstable();
    chars.dedup();
    println!("{}", chars.iter().collect::<String>());
    let nested = vec![vec![1, 2], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?} {:?}", flat, flat.iter().max());
    let (evens, odds): (Vec<i32>, Vec<i32>) = (1..10).partition(|x| x % 2 == 0);
    println!("{evens:?} {odds:?}");
    let pos = flat.iter().position(|&x| x == 3);
    println!("{pos:?} {}", flat.contains(&2));
}
