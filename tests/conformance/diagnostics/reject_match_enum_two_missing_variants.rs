// E0004: two variants missing; rustc names both (`A` and `B`) and suggests one or-pattern arm.
enum Level {
    Low,
    Mid,
    High,
}

fn main() {
    let l = Level::Low;
    match l {
        Level::Low => println!("low"),
    }
}
