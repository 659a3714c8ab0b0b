// Looks wrong but rustc accepts: matching on &enum binds by reference (default binding modes), so the owner stays usable.
#[derive(Debug)]
enum Msg {
    Text(String),
    Pair(String, Vec<i32>),
    Empty,
}

fn describe(m: &Msg) -> String {
    match m {
        Msg::Text(s) => format!("text {}", s.len()),
        Msg::Pair(name, nums) if nums.is_empty() => format!("{} empty", name),
        Msg::Pair(name, nums) => format!("{} {:?}", name, nums),
        Msg::Empty => String::from("nothing"),
    }
}

fn main() {
    let msgs = vec![
        Msg::Text("hi".to_string()),
        Msg::Pair("p".to_string(), vec![1, 2]),
        Msg::Pair("q".to_string(), vec![]),
        Msg::Empty,
    ];
    for m in &msgs {
        println!("{}", describe(m));
    }
    match &msgs[1] {
        Msg::Pair(n, v) => println!("{} {}", n, v.len()),
        _ => {}
    }
    if let Msg::Text(s) = &msgs[0] {
        println!("{}", s);
    }
    let mut msgs = msgs;
    if let Some(Msg::Pair(_, v)) = msgs.get_mut(1) {
        v.push(3);
    }
    println!("{:?}", msgs);
}
