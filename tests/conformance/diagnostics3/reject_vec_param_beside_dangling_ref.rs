// E0597: a function with a `Vec<&str>` parameter: rustc's collection note names that parameter for a local's dangling borrow.
fn longest(names: Vec<&str>) -> usize {
    let shortest: &String;
    {
        let probe = String::from("x");
        shortest = &probe;
    }
    shortest.len() + names.len()
}

fn main() {
    println!("{}", longest(vec!["a", "bb"]));
}
