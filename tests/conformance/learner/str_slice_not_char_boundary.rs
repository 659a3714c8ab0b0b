fn main() {
    let mut s = String::new();
    for (i, c) in "héllo".char_indices() {
        s.push_str(&format!("{i}:{c} "));
    }
    println!("{s}");
    let t = &s[0..2];
    println!("{t}");
    let bad = &"héllo"[0..2];
    println!("{bad}");
}
