// A reference to a reference ... 64 levels deep: rustc proves Display one level at a time within its recursion limit; printing and dereferencing work.
fn main() {
    let x = 41;
    let r = &&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&x;
    println!("{}", r);
    let back: i32 = ****************************************************************r;
    println!("{:?}", back + 1);
}
