// The consumers: count, last, nth, min/max and their _by and _by_key forms.
fn main() {
    let words = vec!["pear", "fig", "banana", "kiwi", "apple"];
    println!("{}", words.iter().filter(|w| w.len() == 4).count());
    println!("{:?}", words.iter().map(|w| w.len()).last());
    println!("{:?}", words.iter().nth(2));
    println!("{:?}", words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by(|a, b| a.len().cmp(&b.len())));
    println!("{:?}", words.iter().min_by(|a, b| a.cmp(b)));
    println!("{:?}", words.iter().map(|w| w.len()).max());
    println!("{:?}", words.iter().map(|w| w.len()).min());
    let mut it = words.iter();
    println!("{:?} then {:?}", it.nth(1), it.next());
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() <= 4);
    println!("{:?} {:?}", short, long);
    let (idx, lens): (Vec<usize>, Vec<usize>) =
        words.iter().enumerate().map(|(i, w)| (i, w.len())).unzip();
    println!("{:?} {:?}", idx, lens);
    let product: u64 = (1..=10u64).product();
    println!("{}", product);
    println!("{}", (1..=4).fold(String::new(), |acc, n| acc + &n.to_string()));
    (0..3).for_each(|i| print!("[{}]", i));
    println!();
}
