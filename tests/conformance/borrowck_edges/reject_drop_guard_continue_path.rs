// E0506: a guard holding `&mut x` is dropped at the loop body's `}` on the `continue` path too, so assigning `x` before `continue` conflicts
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

fn main() {
    let mut x = 1;
    for i in 0..3 {
        let _g = Guard(&mut x);
        if i == 1 {
            x = 7;
            continue;
        }
    }
    println!("{}", x);
}
