// near miss: a call stores an argument's borrow only where the signature links their lifetimes; unlinked or outliving borrows are fine
fn push<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}

fn count<'a>(v: &mut Vec<&'a str>, n: &usize) -> usize {
    v.len() + n
}

fn set<'a>(slot: &mut &'a str, s: &'a str) {
    *slot = s;
}

fn main() {
    let first = String::from("first");
    let mut v = Vec::new();
    push(&mut v, &first);
    push(&mut v, "literal");
    let total;
    {
        let n = 3;
        total = count(&mut v, &n);
    }
    let mut r: &str = "init";
    let longer = String::from("longer");
    set(&mut r, &longer);
    println!("{:?} {} {}", v, total, r);
}
