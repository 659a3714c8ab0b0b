// Checks iterator chains ending in collect::<Vec<_>>() and collect::<String>() used directly as arguments and receivers.
fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let doubled = v.iter().map(|x| x * 2).collect::<Vec<_>>();
    println!("{:?}", doubled);
    println!("{:?}", v.iter().filter(|&&x| x > 1).collect::<Vec<&i32>>());
    let word = "Hello".chars().rev().collect::<String>().to_uppercase();
    println!("{}", word);
    let n = v.iter().map(|x| x.to_string()).collect::<Vec<String>>().join("-");
    println!("{}", n);
}
