// map[&key] and map["key"] read a value through Index; the reference lives as long as the map is not changed.
use std::collections::HashMap;

fn main() {
    let mut teams = HashMap::new();
    teams.insert(String::from("red"), vec![3, 1]);
    teams.insert(String::from("blue"), vec![2]);
    let red = String::from("red");
    println!("{:?} {} {}", teams[&red], teams["blue"].len(), teams["red"][1]);
    let best = &teams["red"];
    println!("best {:?}", best);
    teams.insert(String::from("green"), Vec::new());
    println!("{}", teams["green"].is_empty());
}
