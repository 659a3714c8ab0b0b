// near miss rustc accepts: one named lifetime for the vector's references and the pushed one.
fn push<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}

fn keep_long<'a>(v: &mut Vec<&'a str>, words: &[&'a str]) {
    for w in words {
        if w.len() > 3 {
            v.push(w);
        }
    }
}

fn main() {
    let text = String::from("one three seventeen");
    let parts: Vec<&str> = text.split(' ').collect();
    let mut kept = Vec::new();
    push(&mut kept, "first");
    keep_long(&mut kept, &parts);
    println!("{:?}", kept);
}
