// near miss rustc accepts: every variant covered by or-patterns, or the rest by a wildcard.
enum Dir {
    N,
    E,
    S,
    W,
}

fn turn(d: Dir) -> i32 {
    match d {
        Dir::N | Dir::S => 0,
        Dir::E | Dir::W => 1,
    }
}

fn main() {
    let d = Dir::W;
    let n = match d {
        Dir::N => 1,
        _ => 2,
    };
    println!("{} {} {} {}", turn(Dir::N), turn(Dir::E), n, turn(Dir::S));
}
