// Checks String::new, push, push_str and how len and capacity grow.
fn main() {
    let mut s = String::new();
    println!("len {} cap {} empty {}", s.len(), s.capacity(), s.is_empty());
    s.push('h');
    println!("len {} cap {}", s.len(), s.capacity());
    s.push_str("ello");
    println!("{s} len {} cap {}", s.len(), s.capacity());
    s.push_str(", world");
    println!("{s} len {} cap {}", s.len(), s.capacity());
    s.push_str("! and a much longer tail");
    println!("len {} cap {}", s.len(), s.capacity());
    s.push('é');
    println!("len {} cap {}", s.len(), s.capacity());
}
