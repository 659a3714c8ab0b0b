// E0425 then E0308: rustc resolves names before checking types, so the later unknown name is reported first.
fn main() {
    let a: i32 = "x";
    println!("{} {}", a, undefined_name);
}
