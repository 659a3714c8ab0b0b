// Checks @ bindings on ranges, match guards with if, and guards that fall through to later arms.
fn classify(age: u32, member: bool) -> String {
    match age {
        0 => String::from("newborn"),
        n @ 1..=12 if member => format!("member child of {n}"),
        n @ 1..=12 => format!("child of {n}"),
        n @ (13 | 14 | 15 | 16 | 17) => format!("teen of {n}"),
        n if n % 10 == 0 => format!("round age {n}"),
        n => format!("adult of {n}"),
    }
}

fn main() {
    println!("{}", classify(0, false));
    println!("{}", classify(7, true));
    println!("{}", classify(7, false));
    println!("{}", classify(15, true));
    println!("{}", classify(40, false));
    println!("{}", classify(41, true));
    let pair = (2, -2);
    match pair {
        (x, y) if x + y == 0 => println!("opposites {x} {y}"),
        (x, _) if x % 2 == 0 => println!("even first"),
        _ => println!("nothing special"),
    }
}
