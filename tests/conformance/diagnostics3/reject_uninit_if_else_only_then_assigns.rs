// E0381: `bonus` is assigned only when the condition holds; rustc labels the `else` between the branches.
fn main() {
    let sales = "1234".len() as u32;
    let bonus: u32;
    if sales > 3 {
        bonus = sales * 2;
    } else {
        println!("no bonus");
    }
    println!("{}", bonus);
}
