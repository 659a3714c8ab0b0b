// E0277: `&str` items do not make a `Vec<String>`.
fn main() {
    let names: Vec<String> = vec!["a", "b"].into_iter().collect();
    println!("{:?}", names);
}
