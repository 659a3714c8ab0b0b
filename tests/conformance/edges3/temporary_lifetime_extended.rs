// Near miss: `let r = &String::from(..)` extends the temporary to the end of the block.
fn main() {
    let r = &String::from("temp");
    let n = &5;
    println!("{r} {n}");
}
