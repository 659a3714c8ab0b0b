// Checks Vec of structs sorted with sort_by_key and sort_by, retain, dedup, insert/remove and contains.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u64,
}

fn total_value(items: &[Item]) -> u64 {
    items.iter().map(|i| i.qty as u64 * i.price_cents).sum()
}

fn main() {
    let mut items = vec![
        Item { name: "bolt".to_string(), qty: 100, price_cents: 5 },
        Item { name: "nut".to_string(), qty: 0, price_cents: 3 },
        Item { name: "gear".to_string(), qty: 4, price_cents: 250 },
        Item { name: "axle".to_string(), qty: 2, price_cents: 999 },
    ];
    println!("value {}", total_value(&items));
    items.sort_by_key(|i| i.price_cents);
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    println!("{:?}", names);
    items.sort_by(|a, b| b.name.cmp(&a.name));
    println!("{:?}", items.iter().map(|i| &i.name).collect::<Vec<_>>());
    items.retain(|i| i.qty > 0);
    println!("{}", items.len());
    let removed = items.remove(0);
    println!("removed {:?}", removed);
    items.insert(1, removed.clone());
    println!("{}", items.contains(&removed));
    let mut nums = vec![5, 3, 3, 9, 1, 1, 1, 7, 5];
    nums.sort();
    nums.dedup();
    println!("{:?}", nums);
    nums.reverse();
    println!("{:?} {:?} {:?}", nums, nums.first(), nums.last());
    nums.truncate(2);
    println!("{:?} {}", nums, nums.iter().any(|&n| n > 8));
    let mut words = vec!["pear", "Apple", "fig", "banana"];
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    println!("{:?}", words.iter().position(|&w| w == "fig"));
}
