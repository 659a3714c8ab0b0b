// E0382: borrowing a struct after moving a field of a field; the note names `order.customer.name`.
struct Customer {
    name: String,
}

struct Order {
    customer: Customer,
    total: u32,
}

fn main() {
    let order = Order { customer: Customer { name: String::from("Ann") }, total: 5 };
    let name = order.customer.name;
    let r = &order;
    println!("{name} {}", r.total);
}
