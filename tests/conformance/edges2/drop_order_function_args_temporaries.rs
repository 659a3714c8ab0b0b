// Arguments moved into a call drop inside the callee; temporaries borrowed by it at the `;`.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn both(a: D, b: &D) -> usize {
    println!("in both {} {}", a.0, b.0);
    a.0.len() + b.0.len()
}

fn main() {
    let n = both(D("moved"), &D("borrowed"));
    println!("n {}", n);
}
