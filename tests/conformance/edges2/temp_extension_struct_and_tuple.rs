// `&temp` directly in a `let`'s struct literal or tuple is extended to the block's end.
struct Named<'a> {
    name: &'a String,
}

fn main() {
    let n = Named { name: &String::from("ext") };
    let t = (&String::from("tup"), 1);
    let a = [&String::from("arr")];
    let o = Some(&String::from("some"));
    println!("{} {} {} {:?}", n.name, t.0, a[0], o);
}
