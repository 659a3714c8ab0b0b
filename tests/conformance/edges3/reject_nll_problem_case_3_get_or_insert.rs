// E0499: NLL problem case #3: `map.get_mut` returned on one arm keeps `map` borrowed in the other.
use std::collections::HashMap;
fn get_default(map: &mut HashMap<i32, String>, k: i32) -> &mut String {
    match map.get_mut(&k) {
        Some(v) => v,
        None => {
            map.insert(k, String::new());
            map.get_mut(&k).unwrap()
        }
    }
}
fn main() {
    let mut m = HashMap::new();
    get_default(&mut m, 1).push('a');
    println!("{:?}", m.get(&1));
}
