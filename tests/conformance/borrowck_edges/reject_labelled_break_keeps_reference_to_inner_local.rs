// E0597: a labelled `break` out of two loops ends the inner loop's locals too
fn main() {
    let r;
    'outer: loop {
        loop {
            let y = 10;
            r = &y;
            break 'outer;
        }
    }
    println!("{}", r);
}
