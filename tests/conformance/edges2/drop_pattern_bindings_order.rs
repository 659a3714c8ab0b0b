// Bindings from one pattern drop in reverse order; a `_` part of a temporary drops at the `;`.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: D,
    right: D,
}

fn main() {
    let (a, b) = (D(1), D(2));
    let (_, c) = (D(3), D(4));
    println!("after tuple lets");
    let Pair { right, left } = Pair { left: D(5), right: D(6) };
    println!("have {} {} {} {} {}", a.0, b.0, c.0, left.0, right.0);
}
