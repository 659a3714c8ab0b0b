// Once a guard passes, its arm has moved the value: using it afterwards is E0382.
struct D(&'static str);
fn main() {
    let o = Some(D("inner"));
    match o {
        Some(d) if d.0.len() > 10 => println!("long {}", d.0),
        Some(d) => println!("short {}", d.0),
        None => {}
    }
    let p = Some(D("x"));
    match p {
        Some(d) if d.0 == "x" => println!("taken {}", d.0),
        _ => {}
    }
    println!("{}", p.is_some());
}
