// `Copy` on a type that implements `Drop` is E0184
#[derive(Clone, Copy)]
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop");
    }
}

fn main() {
    let _g = Guard;
}
