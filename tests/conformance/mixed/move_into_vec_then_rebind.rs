// Looks wrong but rustc accepts: a String moved into a Vec is reassigned before its next use, and a moved loop variable is fresh each iteration.
fn main() {
    let mut names = Vec::new();
    let mut current = String::from("first");
    names.push(current);
    current = String::from("second");
    names.push(current.clone());
    current.push_str("-edited");
    println!("{:?} {}", names, current);
    let mut out = Vec::new();
    for i in 0..3 {
        let s = format!("item{}", i);
        out.push(s);
    }
    let taken = out.remove(1);
    println!("{:?} {}", out, taken);
    let opt = Some(String::from("inside"));
    if let Some(ref s) = opt {
        println!("{}", s);
    }
    println!("{:?}", opt);
    let x;
    if out.len() > 1 {
        x = out.pop().unwrap();
    } else {
        x = String::new();
    }
    println!("{} {:?}", x, out);
}
