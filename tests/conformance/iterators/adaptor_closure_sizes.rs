// An adaptor holds its closure inline: its captures add to the iterator's size.
use std::mem::size_of_val;

fn main() {
    let v = vec![1i32, 2, 3];
    let k = 5i32;
    let big = 7u64;
    let scaled = v.iter().map(|x| x * k);
    println!("{}", size_of_val(&scaled));
    let widened = v.iter().map(move |x| (*x as u64) * big);
    println!("{}", size_of_val(&widened));
    let limit = 2;
    let small = v.iter().filter(|x| **x < limit).take_while(move |x| **x != k);
    println!("{}", size_of_val(&small));
    let label = String::from("n=");
    let named = v.iter().map(move |x| format!("{}{}", label, x));
    println!("{}", size_of_val(&named));
    let total: i32 = scaled.sum();
    let labels: Vec<String> = named.collect();
    println!("{} {:?} {:?}", total, labels, small.count());
    println!("{}", widened.sum::<u64>());
}
