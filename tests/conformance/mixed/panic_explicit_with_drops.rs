// Panics with panic! formatting a value inside a nested call; Drop impls of live locals in every frame run during unwinding.
struct Res {
    name: String,
}

impl Drop for Res {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn inner(depth: u32) {
    let _r = Res { name: format!("inner{}", depth) };
    if depth == 2 {
        let v = vec![Res { name: "v0".to_string() }, Res { name: "v1".to_string() }];
        panic!("depth {} reached with {} resources", depth, v.len());
    }
    inner(depth + 1);
}

fn main() {
    let _outer = Res { name: String::from("outer") };
    let moved = Res { name: String::from("moved") };
    drop(moved);
    inner(0);
    println!("unreachable");
}
