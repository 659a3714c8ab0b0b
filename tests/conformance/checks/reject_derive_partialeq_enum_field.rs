// `#[derive(PartialEq)]` on an enum compares references to the fields: E0369 names `&Inner`
struct Inner {
    x: i32,
}

#[derive(PartialEq)]
enum Event {
    Click(Inner),
    Quit,
}

fn main() {
    let e = Event::Click(Inner { x: 1 });
    if let Event::Click(i) = e {
        println!("{}", i.x);
    }
}
