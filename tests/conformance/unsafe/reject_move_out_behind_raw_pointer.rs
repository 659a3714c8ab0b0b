// E0507: moving a String out of `*p` behind a raw pointer (copying an i32 out is fine, as `ptr::read` would be)
fn main() {
    let s = String::from("hi");
    let n = 5;
    let p = &raw const s;
    let q = &raw const n;
    let copied = unsafe { *q };
    let t = unsafe { *p };
    println!("{t} {copied}");
}
