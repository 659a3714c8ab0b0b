// `concat` of slices of a Vec (`&a[..]`, `as_slice()`), of Vecs, and of `&str`s.
#[derive(Debug, Clone)]
struct Item {
    n: i32,
}

struct Bag {
    items: Vec<Item>,
}

fn merge(a: Bag, b: Bag) -> Bag {
    Bag { items: [a.items, b.items].concat() }
}

fn main() {
    let a = Bag { items: vec![Item { n: 1 }] };
    let b = Bag { items: vec![Item { n: 2 }, Item { n: 3 }] };
    let s = [&a.items[..], &b.items[..]].concat();
    let t = [a.items.as_slice(), b.items.as_slice()].concat();
    println!("{:?} {} {}", s, t.len(), t[0].n);
    let m = merge(a, b);
    println!("{:?}", m.items);
    let words = ["ab", "cd"].concat();
    println!("{}", words);
}
