fn main() {
    let names = vec![String::from("a")];
    for n in names {
        println!("{n}");
    }
    println!("{}", names.len());
    let maybe = Some(3);
    let v: Vec<i32> = Vec::new();
    for x in v {
        println!("{x} {maybe:?}");
    }
    let w = v;
}
