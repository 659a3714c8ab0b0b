// Checks that unreachable!() with a formatted message panics with `internal error: entered unreachable code: ...`.
fn direction(code: u8) -> String {
    let name = match code {
        0 => "north",
        1 => "east",
        2 => "south",
        3 => "west",
        other => unreachable!("code {} is not a direction (max {})", other, 3),
    };
    name.to_string()
}

fn main() {
    let codes = [1, 3, 0, 7, 2];
    for c in codes {
        println!("{}", direction(c));
    }
}
