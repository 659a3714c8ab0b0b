// `std::process::exit` ends the program without running destructors.
struct D;

impl Drop for D {
    fn drop(&mut self) {
        println!("drop D");
    }
}

fn main() {
    let _d = D;
    println!("exiting");
    std::process::exit(3);
}
