// Checks that std::process::exit(3) from inside nested calls stops the whole program, and earlier print! output without a newline still appears.
fn check(values: &[i32]) {
    for v in values {
        if *v < 0 {
            print!("negative value {v} found, exiting");
            std::process::exit(3);
        }
        println!("ok {v}");
    }
}

fn main() {
    let data = vec![4, 8, -1, 16];
    check(&data[..2]);
    check(&data);
    println!("never printed");
}
