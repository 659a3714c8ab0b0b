// Near misses: `as_ref().unwrap()`, `clone().unwrap()`, and `Copy` options unwrap by value.
fn name_len(o: &Option<String>) -> usize {
    o.as_ref().unwrap().len()
}

fn name_of(o: &Option<String>) -> String {
    o.clone().unwrap()
}

fn num(o: &Option<i32>) -> i32 {
    o.unwrap()
}

fn main() {
    let o = Some(String::from("abc"));
    println!("{} {} {}", name_len(&o), name_of(&o), num(&Some(4)));
}
