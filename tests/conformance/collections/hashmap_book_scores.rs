// The Book's ch. 8.3 scores map: insert, get with copied().unwrap_or, overwrite, entry().or_insert.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);

    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("Blue: {score}");
    let missing = scores.get("Red").copied().unwrap_or(0);
    println!("Red: {missing}");

    scores.insert(String::from("Blue"), 25);
    println!("Blue now: {:?}", scores.get("Blue"));

    scores.entry(String::from("Yellow")).or_insert(50);
    scores.entry(String::from("Green")).or_insert(5);
    println!("len {} Green {:?}", scores.len(), scores.get("Green"));
}
