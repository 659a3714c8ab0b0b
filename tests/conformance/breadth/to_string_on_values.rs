// Checks to_string on integers, floats, bools, chars and &str, and comparing Strings with ==, < and &str.
fn main() {
    let parts = [42.to_string(), 3.5.to_string(), true.to_string(), 'x'.to_string(), "lit".to_string()];
    for p in &parts {
        print!("[{p}]");
    }
    println!();
    println!("{}", (-7i64).to_string().len());
    let a = String::from("apple");
    let b = String::from("banana");
    println!("{} {} {}", a < b, a == "apple", "apple" == a);
    println!("{}", a.as_str() > "Apple");
    println!("{}", String::from("Zebra") < String::from("apple"));
    let c = a.clone() + &b;
    println!("{} {}", c, c.len());
}
