// Checks String::with_capacity and that capacity doubles once the reservation is exceeded.
fn main() {
    let mut s = String::with_capacity(10);
    println!("len {} cap {}", s.len(), s.capacity());
    for word in ["abc", "defg", "hij", "k"] {
        s.push_str(word);
        println!("{s}: len {} cap {}", s.len(), s.capacity());
    }
    let t = String::from("hello");
    println!("from: len {} cap {}", t.len(), t.capacity());
    let u = t.clone();
    println!("clone: len {} cap {}", u.len(), u.capacity());
    let w = "xyz".to_string();
    println!("to_string: cap {}", w.capacity());
}
