// Checks C-like enums with explicit and implicit discriminants cast with `as`, and matching back from integers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Sat = 6,
    Sun,
}

#[derive(Debug)]
enum Level {
    Low,
    Mid,
    High,
}

fn from_number(n: i32) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Mon),
        2 => Some(Weekday::Tue),
        3 => Some(Weekday::Wed),
        6 => Some(Weekday::Sat),
        7 => Some(Weekday::Sun),
        _ => None,
    }
}

fn main() {
    println!("{} {} {}", Weekday::Mon as i32, Weekday::Wed as u8, Weekday::Sun as i64);
    println!("{} {}", Level::Low as i32, Level::High as i32);
    println!("{:?} {:?}", from_number(7), from_number(4));
    println!("{}", from_number(2) == Some(Weekday::Tue));
    println!("{:?} {}", Level::Mid, std::mem::size_of::<Weekday>());
}
