// E0004 twice: "`Dir::S` and `Dir::W`", then "`Dir::E`, `Dir::S` and `Dir::W`", each with an or-pattern arm.
enum Dir {
    N,
    E,
    S,
    W,
}
fn f(d: Dir) -> i32 {
    match d {
        Dir::N => 1,
        Dir::E => 2,
    }
}
fn g(d: Dir) -> i32 {
    match d {
        Dir::N => 1,
    }
}
fn main() {
    println!("{} {}", f(Dir::S), g(Dir::W));
}
