// E0599: `to_string()` needs `Display` (std's blanket `ToString`); a struct without it has no `to_string`.
struct P { x: i32 }
fn main() { let p = P { x: 1 }; println!("{}", p.to_string()); }
