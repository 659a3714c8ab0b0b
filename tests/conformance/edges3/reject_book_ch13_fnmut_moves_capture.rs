// E0507: the Book's listing 13-8: `sort_by_key` takes an FnMut closure that moves `value` out.
#[derive(Debug)]
struct Rectangle { width: u32, height: u32 }
fn main() {
    let mut list = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
        Rectangle { width: 7, height: 12 },
    ];
    let mut sort_operations = vec![];
    let value = String::from("closure called");
    list.sort_by_key(|r| {
        sort_operations.push(value);
        r.width
    });
    println!("{list:#?}");
}
