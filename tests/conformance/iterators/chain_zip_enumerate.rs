// chain, zip, enumerate, step_by and rev on slices and ranges.
fn main() {
    let a = [1, 2, 3];
    let b = vec![10, 20];
    let joined: Vec<i32> = a.iter().chain(b.iter()).copied().collect();
    println!("{:?}", joined);
    for (i, (x, y)) in a.iter().zip(b.iter()).enumerate() {
        println!("{}: {} + {} = {}", i, x, y, x + y);
    }
    let names = ["ann", "bob", "cy"];
    let ages = vec![31, 42, 27, 99];
    let pairs: Vec<(&&str, &i32)> = names.iter().zip(ages.iter()).collect();
    println!("{:?}", pairs);
    let stepped: Vec<i32> = (0..20).step_by(6).collect();
    println!("{:?}", stepped);
    let back: Vec<i32> = (1..=5).rev().collect();
    println!("{:?}", back);
    for (i, c) in "héllo".chars().rev().enumerate() {
        print!("{}{} ", i, c);
    }
    println!();
    let countdown: Vec<String> = (1..4).rev().map(|n| format!("{}!", n)).collect();
    println!("{}", countdown.join(" "));
}
