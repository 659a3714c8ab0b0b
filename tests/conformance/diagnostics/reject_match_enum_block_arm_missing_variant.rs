// E0004: an enum match whose last arm is a block; rustc notes the enum's definition and adds `Dir::West => todo!()` on a new line.
enum Dir {
    North,
    East,
    West,
}

fn turn(d: Dir) -> u32 {
    match d {
        Dir::North => 0,
        Dir::East => {
            println!("east");
            90
        }
    }
}

fn main() {
    println!("{}", turn(Dir::North));
}
