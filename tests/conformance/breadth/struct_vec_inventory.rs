// Checks a Vec of structs updated through &mut indexing and summarised through & iteration.
#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u64,
}

fn total_value(items: &[Item]) -> u64 {
    let mut sum = 0;
    for it in items {
        sum += it.qty as u64 * it.price_cents;
    }
    sum
}

fn restock(items: &mut Vec<Item>, name: &str, amount: u32) {
    for i in 0..items.len() {
        if items[i].name == name {
            items[i].qty += amount;
            return;
        }
    }
    items.push(Item { name: name.to_string(), qty: amount, price_cents: 100 });
}

fn main() {
    let mut inv = vec![
        Item { name: String::from("bolt"), qty: 10, price_cents: 25 },
        Item { name: String::from("nut"), qty: 0, price_cents: 10 },
    ];
    restock(&mut inv, "nut", 50);
    restock(&mut inv, "gear", 2);
    inv[0].qty -= 3;
    println!("{} cents", total_value(&inv));
    for it in &inv {
        println!("{:>5} x{:<3} @{}", it.name, it.qty, it.price_cents);
    }
}
