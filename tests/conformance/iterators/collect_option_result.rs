// collect into Option<Vec<_>> / Result<Vec<_>, _> stops at the first None / Err.
fn parse(s: &str) -> Result<i32, String> {
    println!("parsing {}", s);
    s.parse::<i32>().map_err(|_| format!("bad number: {}", s))
}

fn main() {
    let good: Result<Vec<i32>, String> = ["1", "2", "3"].iter().map(|s| parse(s)).collect();
    println!("{:?}", good);
    let bad: Result<Vec<i32>, String> = ["1", "x", "3"].iter().map(|s| parse(s)).collect();
    println!("{:?}", bad);
    let halves: Option<Vec<i32>> = vec![2, 4, 6].iter().map(|x| if x % 2 == 0 { Some(x / 2) } else { None }).collect();
    println!("{:?}", halves);
    let none: Option<Vec<i32>> = vec![2, 3, 6]
        .iter()
        .map(|x| {
            println!("halving {}", x);
            if x % 2 == 0 { Some(x / 2) } else { None }
        })
        .collect();
    println!("{:?}", none);
    let word: String = vec!['r', 'u', 's', 't'].iter().collect();
    println!("{}", word);
    let shout: String = "quiet".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", shout);
}
