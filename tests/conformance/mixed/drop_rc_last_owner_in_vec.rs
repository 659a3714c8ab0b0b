// Checks that an Rc'd Drop value is dropped only when the last clone (held in a Vec) goes away, with strong_count along the way.
use std::rc::Rc;

struct Texture {
    name: String,
}

impl Drop for Texture {
    fn drop(&mut self) {
        println!("free texture {}", self.name);
    }
}

struct Sprite {
    id: u32,
    tex: Rc<Texture>,
}

fn main() {
    let tex = Rc::new(Texture { name: "grass".to_string() });
    let mut sprites = Vec::new();
    for id in 0..3 {
        sprites.push(Sprite { id, tex: Rc::clone(&tex) });
    }
    println!("count {}", Rc::strong_count(&tex));
    drop(tex);
    println!("dropped original");
    let s = sprites.remove(1);
    println!("removed sprite {} count {}", s.id, Rc::strong_count(&s.tex));
    drop(s);
    sprites.clear();
    println!("cleared");
    let other = Rc::new(Texture { name: "stone".to_string() });
    let keep = Sprite { id: 9, tex: other.clone() };
    println!("{} {} {}", keep.id, keep.tex.name, Rc::strong_count(&other));
}
