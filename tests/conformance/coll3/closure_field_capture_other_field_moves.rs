// Near miss: the closure captures only `p.name`, so moving `p.nick` out (a different field) is accepted while it is still used.
#[derive(Debug)]
struct Person {
    name: String,
    nick: String,
}

fn main() {
    let p = Person { name: String::from("Ada"), nick: String::from("countess") };
    let show = || println!("{}", p.name);
    let nick = p.nick;
    show();
    println!("{nick}");
}
