// Checks that calling push through a & reference parameter is rejected with E0596.
fn add_item(list: &Vec<String>, item: &str) {
    list.push(item.to_string());
}

fn main() {
    let mut list = Vec::new();
    add_item(&list, "milk");
    println!("{:?}", list);
}
