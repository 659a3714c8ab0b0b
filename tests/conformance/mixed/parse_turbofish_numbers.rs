// Checks str::parse with a turbofish (parse::<u8>(), parse::<i32>().unwrap()) matched on Ok/Err and printed with {} and {:?}.
fn main() {
    let n = "12".parse::<u64>().unwrap();
    println!("{}", n * 3);
    for s in ["42", "300", "-1", "abc"] {
        match s.parse::<u8>() {
            Ok(v) => println!("{} -> {}", s, v),
            Err(e) => println!("{} -> {:?}", s, e),
        }
    }
    let total: i32 = ["1", "2", "x", "4"].iter().map(|s| s.parse::<i32>().unwrap_or(0)).sum();
    println!("{}", total);
}
