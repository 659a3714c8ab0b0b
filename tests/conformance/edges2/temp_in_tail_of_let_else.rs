// `let ... else` with a method-call scrutinee, and a struct literal borrowed in a call.
#[derive(Debug)]
struct Cfg {
    n: i32,
}

fn show(c: &Cfg) -> i32 {
    c.n * 2
}

fn main() {
    let words = vec!["3", "x"];
    for w in &words {
        let Ok(n) = w.parse::<i32>() else {
            println!("skip {}", w);
            continue;
        };
        println!("{}", show(&Cfg { n }));
    }
}
