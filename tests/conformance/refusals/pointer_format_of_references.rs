// `{:p}` on references, slices, `&str` and a `Box` prints an address (thin: `0x…`; fat: `Pointer { addr, metadata }`); only its shape is printed here
fn main() {
    let s = String::from("a");
    let r = &s;
    println!("{}", format!("{:p}", r).len() > 2);
    let t = "abc";
    let fat = format!("{:p}", t);
    println!("{} {}", fat.starts_with("Pointer { addr: 0x"), fat.ends_with(", metadata: 3 }"));
    let v = vec![1, 2];
    let rv = &v;
    println!("{}", format!("{:p}", rv).starts_with("0x"));
    let b = Box::new(5);
    println!("{} {}", format!("{:p}", b).starts_with("0x"), b);
    println!("{}", format!("{:#p}", &v[0]).len());
    let same = format!("{:p}", &v[0]) == format!("{:p}", &v[..1]).replace("Pointer { addr: ", "").replace(", metadata: 1 }", "");
    println!("{}", same);
}
