// Checks match arms with literals, | alternatives, inclusive ranges, negative ranges and the _ fallback.
fn describe(n: i32) -> String {
    let text = match n {
        0 => "zero",
        1 | 2 | 3 => "a few",
        4..=9 => "several",
        -9..=-1 => "a small negative",
        i32::MIN..=-10 => "very negative",
        10 | 100 | 1000 => "a power of ten",
        _ => "many",
    };
    text.to_string()
}

fn main() {
    for n in [0, 2, 7, -3, -50, 100, 42] {
        println!("{n}: {}", describe(n));
    }
    let grade = 87u8;
    let letter = match grade {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        _ => 'F',
    };
    println!("{grade} -> {letter}");
}
