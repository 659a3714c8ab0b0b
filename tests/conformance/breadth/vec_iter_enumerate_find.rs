// Checks iter().enumerate() over a Vec<&str> to find positions, with early break and Option results.
fn position(names: &Vec<&str>, target: &str) -> Option<usize> {
    for (i, name) in names.iter().enumerate() {
        if *name == target {
            return Some(i);
        }
    }
    None
}

fn main() {
    let names = vec!["ann", "bob", "cy", "bob"];
    println!("{:?} {:?}", position(&names, "bob"), position(&names, "dan"));
    for (i, n) in names.iter().enumerate() {
        if i == 2 { break; }
        println!("{i}: {n}");
    }
    let mut last_long = None;
    for (i, n) in names.iter().enumerate() {
        if n.len() == 3 { last_long = Some(i); }
    }
    println!("{:?}", last_long);
}
