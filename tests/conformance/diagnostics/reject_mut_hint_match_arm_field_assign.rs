// E0594: assigning a field of a match-arm binding; rustc suggests `Some(mut p)`.
struct Pos {
    x: i32,
}

fn main() {
    match Some(Pos { x: 1 }) {
        Some(p) => {
            p.x = 3;
            println!("{}", p.x);
        }
        None => {}
    }
}
