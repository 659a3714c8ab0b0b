fn main() {
    let mut slot = Some(String::from("key"));
    let held = &mut slot;
    if let Some(_) = slot {
        println!("occupied");
    }
    *held = None;
}
