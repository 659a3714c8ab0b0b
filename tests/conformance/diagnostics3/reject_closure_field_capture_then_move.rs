// E0505: a closure reading `order.items` borrows that field; moving `order` while the closure is still used is E0505 (rustc spans the captured `order.items`).
struct Order {
    items: Vec<u32>,
    id: u32,
}

fn main() {
    let order = Order { items: vec![3, 4], id: 7 };
    let total = || order.items.iter().sum::<u32>();
    let shipped = order;
    println!("{} {}", total(), shipped.id);
}
