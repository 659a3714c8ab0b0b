// A struct without Clone pushed in a loop: the note says it could implement Clone.
#[derive(Debug)]
struct P { n: i32 }
fn main() {
    let p = P { n: 1 };
    let mut v = Vec::new();
    for _ in 0..2 {
        v.push(p);
    }
    println!("{:?}", v);
}
