// Range patterns bounded by consts (and a const naming another const), on i32 and char.
const LOW: i32 = -3;
const HIGH: i32 = 10;
const TOP: i32 = HIGH;
const A: char = 'a';
const M: char = 'm';

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..LOW => "very low",
        LOW..=0 => "low",
        1..HIGH => "middle",
        TOP..=i32::MAX => "high",
    }
}

fn main() {
    for n in [-100, -3, 0, 1, 9, 10, 500] {
        println!("{n}: {}", classify(n));
    }
    for c in ['a', 'k', 'z'] {
        let half = match c {
            A..=M => "first half",
            _ => "second half",
        };
        println!("{c}: {half}");
    }
}
