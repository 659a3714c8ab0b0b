// E0382: a `move` closure took `name`; printing it afterwards is a use after move.
fn main() {
    let name = String::from("ferris");
    let greet = move || println!("hi {name}");
    greet();
    println!("{name}");
}
