// a by-value binding only moves once its guard passes: a failed guard leaves the scrutinee whole, dropped at its own `}`
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let o = Some(D("inner"));
    match o {
        Some(d) if false => println!("{}", d.0),
        _ => println!("kept"),
    }
    let pair = (D("left"), D("right"));
    match pair {
        (a, _) if a.0.len() > 10 => println!("long {}", a.0),
        (a, b) if b.0 == "right" => println!("took {} {}", a.0, b.0),
        _ => println!("none"),
    }
    println!("end");
}
