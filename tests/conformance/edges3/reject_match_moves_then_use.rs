// E0382: `match o { Some(s) => … }` moved the String; `o` is used afterwards.
fn main() {
    let o = Some(String::from("four"));
    match o {
        Some(s) => println!("{s}"),
        None => {}
    }
    println!("{:?}", o);
}
