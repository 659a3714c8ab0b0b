// Near miss: values of an alias and of the aliased type mix freely (Kilometers + i32), unlike a newtype struct.
type Kilometers = i32;

struct Meters(i32);

fn total(a: Kilometers, b: i32) -> Kilometers {
    a + b
}

fn main() {
    let here: Kilometers = 5;
    let there: i32 = 7;
    let m = Meters(3);
    println!("{} {}", total(here, there), total(there, here) + m.0);
    println!("{}", std::mem::size_of::<Kilometers>() + std::mem::size_of::<Meters>());
}
