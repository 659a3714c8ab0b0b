// Checks comparison operators producing bools, bool equality, and that arithmetic binds tighter than comparison.
fn main() {
    let a = 3;
    let b = 5;
    let less: bool = a < b;
    let greater = a > b;
    println!("{} {} {} {}", less, greater, a <= 3, b >= 6);
    println!("{} {}", a == b, a != b);
    let same = less == greater;
    println!("less == greater: {same}");
    println!("{}", a + 2 == b);
    println!("{}", a * 2 > b + 1);
    let flag = true;
    println!("{}", flag != false);
}
