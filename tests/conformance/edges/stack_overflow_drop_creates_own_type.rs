// A destructor that makes another value of its own type recurses through drop until the stack overflows (exit 134).
struct Chain {
    depth: u64,
    log: [u64; 16],
}

impl Drop for Chain {
    fn drop(&mut self) {
        let _next = Chain { depth: self.depth + 1, log: self.log };
    }
}

fn main() {
    let first = Chain { depth: 0, log: [0; 16] };
    println!("made chain at depth {}", first.depth);
    println!("leaving main");
}
