// Temporaries of one statement drop at its end, in reverse order of creation.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn val(d: &D) -> i32 {
    d.0
}

fn main() {
    let total = val(&D(1)) + val(&D(2)) + val(&D(3));
    println!("total {}", total);
}
