// Checks the Book's case: r = &x where x dies at the end of an inner block but r is used later, rejected with E0597.
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("r: {r}");
}
