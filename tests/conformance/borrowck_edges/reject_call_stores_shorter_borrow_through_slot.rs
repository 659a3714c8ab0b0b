// E0597: `set` stores its `&'a str` argument through `&mut &'a str`, so `r` ends up borrowing `owned`
fn set<'a>(slot: &mut &'a str, s: &'a str) {
    *slot = s;
}

fn main() {
    let mut r: &str = "init";
    {
        let owned = String::from("temp");
        set(&mut r, &owned);
    }
    println!("{}", r);
}
