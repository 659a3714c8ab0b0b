// A discriminant of -1 makes the tag signed: X = -1, Y = 128 needs two bytes.
#[allow(dead_code)]
enum E {
    X = -1,
    Y = 128,
}
#[allow(dead_code)]
enum F {
    X = -1,
    Y = 127,
}
#[allow(dead_code)]
enum G {
    X = 0,
    Y = 255,
}
fn main() {
    println!("{} {} {}", std::mem::size_of::<E>(), std::mem::size_of::<F>(), std::mem::size_of::<G>());
    println!("{} {}", E::Y as i32, E::X as i32);
}
