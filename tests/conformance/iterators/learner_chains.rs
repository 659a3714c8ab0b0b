// Iterator chains as learners write them.
fn main() {
    let v = vec![5, 3, 8];
    let mut it = v.iter().peekable();
    while let Some(x) = it.next() {
        println!("{}", x);
    }
    let s = "a1b2c3";
    let digits: u32 = s.chars().filter_map(|c| c.to_digit(10)).sum();
    println!("{}", digits);
    let words: Vec<String> = "the quick brown fox".split_whitespace().map(|w| w.to_uppercase()).collect();
    println!("{:?}", words);
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("{:?}", lens);
    let mut total = 0;
    v.iter().for_each(|x| total += x);
    println!("{}", total);
    let nested = vec![vec![1, 2], vec![3, 4]];
    let sums: Vec<i32> = nested.iter().map(|row| row.iter().sum()).collect();
    println!("{:?}", sums);
    let idx = v.iter().enumerate().filter(|(_, x)| **x > 4).map(|(i, _)| i).collect::<Vec<_>>();
    println!("{:?}", idx);
    let text: String = vec!["a", "b"].iter().map(|s| s.to_string()).collect::<Vec<String>>().join("-");
    println!("{}", text);
    let windows: Vec<i32> = v.windows(2).map(|w| w[0] + w[1]).collect();
    println!("{:?}", windows);
    for chunk in v.chunks(2) { println!("{:?}", chunk); }
    let mut sorted = v.clone();
    sorted.sort();
    let maxed = sorted.iter().rev().take(2).collect::<Vec<_>>();
    println!("{:?}", maxed);
    let avg = v.iter().sum::<i32>() as f64 / v.len() as f64;
    println!("{:.2}", avg);
    let cnt = (1..=100).filter(|n| n % 7 == 0).count();
    println!("{}", cnt);
    let s2: i64 = (1..=10).map(|x: i64| x * x).rev().step_by(3).sum();
    println!("{}", s2);
}
