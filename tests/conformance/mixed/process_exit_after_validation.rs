// Exits with process::exit(3) from a validation function; pending Drop of locals does not run but stdout is flushed.
struct Conn(u32);

impl Drop for Conn {
    fn drop(&mut self) {
        println!("closing {}", self.0);
    }
}

fn validate(v: &[i32]) {
    for (i, x) in v.iter().enumerate() {
        if *x < 0 {
            print!("invalid at {}", i);
            std::process::exit(3);
        }
    }
}

fn main() {
    let _c = Conn(1);
    {
        let _d = Conn(2);
    }
    validate(&[1, 2]);
    validate(&[4, -1, 5]);
    println!("never");
}
