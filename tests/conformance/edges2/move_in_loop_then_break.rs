// Near miss: the move is followed by `break`, so it happens at most once.
fn eat(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("food");
    let mut n = 0;
    loop {
        if n == 2 {
            eat(s);
            break;
        }
        n += 1;
    }
    println!("{}", n);
}
