enum Msg {
    Text(String),
    Pair(String, i32),
    Quit,
}

fn main() {
    let maybe = Some(String::from("a"));
    match maybe {
        Some(s) => println!("got {s}"),
        None => println!("none"),
    }
    println!("{:?}", maybe);
    let m = Msg::Text(String::from("t"));
    match m {
        Msg::Text(t) => println!("{t}"),
        Msg::Pair(p, n) => println!("{p} {n}"),
        Msg::Quit => {}
    }
    if let Msg::Quit = m {
        println!("quit");
    }
}
