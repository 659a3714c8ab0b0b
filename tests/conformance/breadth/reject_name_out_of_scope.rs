// Checks that using a binding after the block that declared it has ended is rejected with E0425.
fn main() {
    let outer = 1;
    {
        let inner = outer + 1;
        println!("{inner}");
    }
    println!("{}", inner);
}
