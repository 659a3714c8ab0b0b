// near miss rustc accepts: `&self`'s and the argument's lifetimes both `'a`; a field of the struct's lifetime returned as it.
struct Doc {
    title: String,
}

impl Doc {
    fn pick<'a>(&'a self, other: &'a str) -> &'a str {
        if other.is_empty() { &self.title } else { other }
    }
}

struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }

    fn announce(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }
}

fn main() {
    let d = Doc { title: String::from("title") };
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = novel.split('.').next().unwrap_or("");
    let e = Excerpt { part: first };
    println!("{} {} {} {}", d.pick(""), d.pick("x"), e.part(), e.announce("hi"));
}
