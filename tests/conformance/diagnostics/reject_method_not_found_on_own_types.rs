struct Rect {
    w: u32,
}

enum Dir {
    Up,
    Down,
}

struct Pair<T>(T, T);

struct Unit;

fn main() {
    let r = Rect { w: 1 };
    r.area();
    let d = Dir::Up;
    d.flip();
    let p = Pair(1, 2);
    p.swap_all();
    Unit.go();
    let _ = Dir::Down;
    println!("{}", r.w);
}
