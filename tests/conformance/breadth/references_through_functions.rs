// Checks passing &String and &mut String to functions, and &mut i32 parameters written through *.
fn calculate_length(s: &String) -> usize {
    s.len()
}

fn change(some_string: &mut String) {
    some_string.push_str(", world");
}

fn add_to(total: &mut i32, amount: i32) {
    *total += amount;
}

fn main() {
    let mut s = String::from("hello");
    let len = calculate_length(&s);
    println!("The length of '{s}' is {len}.");
    change(&mut s);
    println!("{s} {}", calculate_length(&s));
    let mut total = 0;
    for i in 1..=4 {
        add_to(&mut total, i);
    }
    let r = &mut total;
    *r *= 10;
    println!("total {total}");
}
