enum Msg {
    Two(String, String),
    Text(String),
}

struct Wrap {
    inner: Option<String>,
    id: u8,
}

fn main() {
    let m = Msg::Two(String::from("a"), String::from("b"));
    match m {
        Msg::Two(a, b) => println!("{a} {b}"),
        Msg::Text(_) => {}
    }
    let n = Msg::Text(String::from("t"));
    match n {
        Msg::Two(_, _) => {}
        Msg::Text(t) => println!("{t}"),
    }
    let w = Wrap { inner: Some(String::from("i")), id: 1 };
    match w {
        Wrap { inner: Some(s), id } => println!("{s} {id}"),
        Wrap { inner: None, .. } => {}
    }
    let _m = m;
    let _n = &n;
    println!("{}", w.id);
    let _w = w;
}
