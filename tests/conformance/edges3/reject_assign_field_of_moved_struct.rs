// E0382: assigning a field of a struct after the struct was moved ("assign to part of moved value").
struct S {
    x: i32,
    name: String,
}

fn main() {
    let mut s = S { x: 1, name: String::from("n") };
    let t = s;
    s.x = 2;
    println!("{} {}", t.name, t.x);
}
