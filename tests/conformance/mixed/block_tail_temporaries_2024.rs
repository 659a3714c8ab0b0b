// Edition 2024: a block's tail-expression temporaries are dropped before its locals.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let n = {
        let _y = D("local");
        D("temp").0.len()
    };
    println!("{}", n);
}
