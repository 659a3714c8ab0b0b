const MAX: u8 = 10;

enum Cmd {
    Go(u32),
    Stop,
}

fn main() {
    let p = (0, 1);
    let (0, 0) = p;
    let MAX = 3;
    let c = Cmd::Go(2);
    let Cmd::Go(3) = c;
    let (x, y) = p;
    let Some(z) = Some(x) else { return };
    println!("{x} {y} {z} {}", MAX);
}
