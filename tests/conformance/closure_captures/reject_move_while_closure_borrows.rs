fn main() {
    let name = String::from("ferris");
    let greet = || println!("hello {name}");
    let taken = name;
    greet();
    println!("{taken}");
}
