// Checks that println! and method calls see through &, && and &mut, while comparisons need matching levels.
fn main() {
    let n = 5;
    let r = &n;
    let rr = &r;
    println!("{} {} {}", n, r, rr);
    println!("{}", **rr + *r);
    let s = String::from("text");
    let rs = &s;
    let rrs = &rs;
    println!("{} {}", rrs.len(), rrs.to_uppercase());
    println!("{}", *r == 5);
    println!("{}", r == &5);
    println!("{}", rr == &&5);
    let mut m = 10;
    let mr = &mut m;
    *mr += 1;
    println!("{}", mr);
    println!("{m}");
}
