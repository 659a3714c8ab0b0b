// Checks that a value moved into a function is dropped when that function returns, not at the caller's scope end.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    println!("make {name}");
    Noisy { name: name.to_string() }
}

fn inspect(n: Noisy) -> usize {
    println!("inspecting {}", n.name);
    n.name.len()
}

fn keep_if_long(n: Noisy) -> Option<Noisy> {
    if n.name.len() > 3 { Some(n) } else { None }
}

fn main() {
    let a = noisy("alpha");
    let len = inspect(a);
    println!("returned {len}");
    let kept = keep_if_long(noisy("long one"));
    let lost = keep_if_long(noisy("ab"));
    println!("kept {} lost {}", kept.is_some(), lost.is_some());
}
