// Near miss of reject_partial_move_by_match_arm*: the arms bind by reference (`ref s`,
// or matching on `&maybe`), or move only `Copy` parts, so the value is whole after.
enum Msg {
    Text(String),
    Pair(String, i32),
    Quit,
}

fn main() {
    let maybe = Some(String::from("a"));
    match maybe {
        Some(ref s) => println!("got {s}"),
        None => println!("none"),
    }
    match &maybe {
        Some(s) => println!("again {s}"),
        None => {}
    }
    println!("{:?}", maybe);
    let m = Msg::Pair(String::from("t"), 4);
    match m {
        Msg::Text(ref t) => println!("{t}"),
        Msg::Pair(_, n) => println!("{n}"),
        Msg::Quit => {}
    }
    if let Msg::Quit = m {
        println!("quit");
    }
}
