// A destructor that panics at a normal scope end is an ordinary panic: the other locals are still dropped while unwinding, exit 101.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
        if self.0 == "middle" {
            panic!("cannot drop {}", self.0);
        }
    }
}

fn main() {
    let _first = Loud("first");
    let _middle = Loud("middle");
    let _last = Loud("last");
    println!("end of main body");
}
