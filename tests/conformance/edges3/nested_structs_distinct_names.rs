// Items declared inside function bodies are scoped there; two functions' own structs with distinct names run.
fn area() -> u32 {
    struct Rect {
        w: u32,
        h: u32,
    }
    let r = Rect { w: 3, h: 4 };
    r.w * r.h
}

fn label() -> String {
    struct Tag {
        name: &'static str,
        id: u8,
    }
    let t = Tag { name: "box", id: 7 };
    format!("{}#{}", t.name, t.id)
}

fn main() {
    println!("{} {}", area(), label());
}
