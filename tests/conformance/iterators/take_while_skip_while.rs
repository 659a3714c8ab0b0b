// take_while stops at the first failure (the failing item is consumed); skip_while
// calls its predicate only until it first fails.
fn main() {
    let v = vec![1, 3, 5, 6, 7, 9];
    let odd_prefix: Vec<&i32> = v
        .iter()
        .take_while(|x| {
            println!("take_while sees {}", x);
            **x % 2 == 1
        })
        .collect();
    println!("{:?}", odd_prefix);
    let after: Vec<i32> = v
        .iter()
        .skip_while(|x| {
            println!("skip_while sees {}", x);
            **x < 6
        })
        .cloned()
        .collect();
    println!("{:?}", after);
    let parsed: Vec<i32> = ["1", "2", "x", "4"].iter().map_while(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
}
