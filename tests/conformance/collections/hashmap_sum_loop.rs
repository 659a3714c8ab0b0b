// Summing while iterating a map gives the same total whatever the bucket order.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("a", 30);
    ages.insert("b", 12);
    ages.insert("c", 45);
    let mut total = 0;
    let mut oldest = 0;
    for (_name, age) in &ages {
        total += age;
        if *age > oldest {
            oldest = *age;
        }
    }
    println!("total {total}, oldest {oldest}");
    for age in ages.values_mut() {
        *age += 1;
    }
    let n = ages.iter().filter(|(_, a)| **a > 20).count();
    let max = ages.values().max();
    println!("{n} over 20, max {:?}", max);
}
