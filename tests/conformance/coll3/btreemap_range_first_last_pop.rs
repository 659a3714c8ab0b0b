// BTreeMap::range with every range kind, first/last entries, and pop_first/pop_last draining it in order.
use std::collections::BTreeMap;

fn main() {
    let mut temps: BTreeMap<u32, i32> = BTreeMap::new();
    for (day, t) in [(3, 12), (1, 9), (7, 15), (5, -2), (9, 4), (2, 11)] {
        temps.insert(day, t);
    }
    let week: Vec<(&u32, &i32)> = temps.range(2..6).collect();
    println!("{week:?}");
    println!("{:?}", temps.range(5..=9).map(|(d, _)| *d).collect::<Vec<_>>());
    println!("{:?}", temps.range(6..).collect::<Vec<_>>());
    println!("{:?}", temps.range(..3).collect::<Vec<_>>());
    println!("{:?}", temps.range(..=3).count());
    println!("{:?}", temps.range(4..5).next());
    println!("{:?} {:?}", temps.first_key_value(), temps.last_key_value());
    while let Some((day, t)) = temps.pop_first() {
        print!("{day}:{t} ");
        if let Some((last, _)) = temps.pop_last() {
            print!("(last {last}) ");
        }
    }
    println!();
    println!("{temps:?} {}", temps.len());
}
