// E0277: printing a struct with `{}`; rustc labels the placeholder and shows the struct's definition.
struct Money {
    cents: u64,
}

fn main() {
    let price = Money { cents: 250 };
    println!("price: {}", price);
}
