// E0382: a match arm that moves `name` runs again in the next iteration.
fn main() {
    let name = String::from("z");
    let mut names = Vec::new();
    for i in 0..3 {
        match i {
            1 => names.push(name),
            _ => {}
        }
    }
    println!("{:?}", names);
}
