// E0597: `break` ends the loop body's locals, so a reference to one kept past the loop dangles
fn main() {
    let r;
    loop {
        let x = 5;
        r = &x;
        break;
    }
    println!("{}", r);
}
