// Drop order: at `}` values are dropped in reverse order of declaration, and `impl Drop` runs your code
// Watch: the block's `}` drops `inner` alone; at main's `}` the drops go `crowd`, `second`, `first` (last in, first out, like the stack itself), and a Vec drops its elements in index order.

struct Noisy {
    name: String,
}

// `Drop::drop` is called automatically, just before the value's memory is freed.
// You never call it yourself (`x.drop()` is rustc's error E0040).
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

fn main() {
    let _first = noisy("first");
    let _second = noisy("second");
    {
        let _inner = noisy("inner");
        println!("leaving the block");
    } // `_inner` is dropped here, at the end of its own block

    // A Vec owns its elements: dropping the Vec drops them, from index 0 up.
    let _crowd = vec![noisy("crowd[0]"), noisy("crowd[1]")];
    println!("leaving main");
} // reverse order of declaration: `_crowd` (its elements 0, 1), `_second`, `_first`
