// Closures passed to std methods capture locals by reference or unique borrow.
use std::collections::HashMap;

#[derive(Debug)]
struct P {
    name: String,
    age: u32,
}

fn main() {
    let mut total = 0;
    let v = vec![3, 1, 2];
    v.iter().for_each(|x| total += x);
    let limit = 2;
    let mut w = v.clone();
    w.retain(|x| *x != limit);
    let mut people = vec![P { name: String::from("b"), age: 3 }, P { name: String::from("a"), age: 5 }];
    people.sort_by_key(|p| p.name.clone());
    let mut groups: HashMap<bool, Vec<i32>> = HashMap::new();
    for x in &v {
        groups.entry(x % 2 == 0).or_insert_with(|| Vec::new()).push(*x);
    }
    let oldest = people.iter().max_by_key(|p| p.age).map(|p| p.name.as_str());
    println!("{} {:?} {:?} {:?} {:?}", total, w, people, groups.get(&true), oldest);
}
