// Rust by Example's contacts map: get with a &&str key, Some(&number) patterns, remove, into_keys.
use std::collections::HashMap;

fn call(number: &str) -> &str {
    match number {
        "798-1364" => "We're sorry, the call cannot be completed as dialed.",
        "645-7689" => "Hello, this is Mr. Awesome's Pizza. My name is Fred.",
        _ => "Hi! Who is this again?"
    }
}

fn main() {
    let mut contacts = HashMap::new();
    contacts.insert("Daniel", "798-1364");
    contacts.insert("Ashley", "645-7689");
    contacts.insert("Katie", "435-8291");
    contacts.insert("Robert", "956-1745");
    match contacts.get(&"Daniel") {
        Some(&number) => println!("Calling Daniel: {}", call(number)),
        _ => println!("Don't have Daniel's number."),
    }
    contacts.insert("Daniel", "164-6743");
    match contacts.get(&"Ashley") {
        Some(&number) => println!("Calling Ashley: {}", call(number)),
        _ => println!("Don't have Ashley's number."),
    }
    contacts.remove(&"Ashley");
    let mut n = 0;
    for (_contact, &number) in contacts.iter() {
        if call(number).starts_with("Hi") {
            n += 1;
        }
    }
    println!("{n} unknown numbers of {}", contacts.len());
    let mut teams: HashMap<String, u32> = HashMap::new();
    let names = vec![String::from("a"), String::from("b")];
    for name in &names {
        teams.insert(name.clone(), 0);
    }
    if let Some(score) = teams.get_mut(&names[0]) {
        *score += 3;
    }
    let best = teams.iter().map(|(_, s)| *s).max().unwrap();
    println!("{best}");
    let total: u32 = teams.values().sum();
    let mut keys: Vec<String> = teams.into_keys().collect();
    keys.sort();
    println!("{total} {:?}", keys);
}
