// Checks that Vec, array and tuple elements drop in index order when their container drops.
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

fn main() {
    let _tuple = (noisy("t0"), noisy("t1"));
    let v = vec![noisy("v0"), noisy("v1"), noisy("v2")];
    let _arr = [noisy("a0"), noisy("a1")];
    println!("vec has {} items", v.len());
    drop(v);
    println!("end of main");
}
