// Near miss: closures capture disjoint fields (edition 2021+), so one may borrow `order.items` while another field is moved out.
struct Order {
    items: Vec<u32>,
    note: String,
}

fn main() {
    let order = Order { items: vec![3, 4], note: String::from("fragile") };
    let total = || order.items.iter().sum::<u32>();
    let note = order.note;
    println!("{} {}", total(), note);
}
