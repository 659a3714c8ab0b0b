fn main() {
    let s1 = String::from("hi");
    let h = s1[0];
    println!("{h}");
}
