// Looks wrong but rustc accepts: a shared borrow used only in one branch, then mutation after the if/else.
#[derive(Debug)]
struct Counter {
    hits: Vec<u32>,
    name: String,
}

fn main() {
    let mut c = Counter { hits: vec![1, 2], name: "c".to_string() };
    let total: u32 = c.hits.iter().sum();
    let name_ref = &c.name;
    if total > 2 {
        println!("{} has {}", name_ref, total);
    } else {
        println!("small");
    }
    c.hits.push(total);
    c.name.push('!');
    let h = &mut c.hits;
    let n = &c.name;
    h.push(n.len() as u32);
    println!("{:?}", c);
}
