// E0277: `{0:>8}` on a struct without Display; the label covers the whole `{0:>8}`.
struct Tag {
    id: u32,
}

fn main() {
    let t = Tag { id: 7 };
    println!("[{0:>8}] {1}", t, t.id);
}
