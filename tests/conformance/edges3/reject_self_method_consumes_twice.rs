// E0382: `into_name(self)` consumed the value; calling it again is a use after move.
struct Tag {
    name: String,
}

impl Tag {
    fn into_name(self) -> String {
        self.name
    }
}

fn main() {
    let t = Tag { name: String::from("t") };
    let a = t.into_name();
    let b = t.into_name();
    println!("{a} {b}");
}
