// `x as usize > 0`: a `>` after a cast's type is a comparison, not a closing generic.
fn main() {
    let v = vec![3u8, 200];
    let n = v.len();
    if n as i32 > 1 {
        println!("more than one");
    }
    let big = v[1] as u32 > 100;
    let small = (v[0] as i64) > 5;
    println!("{} {}", big, small);
    let w = v[0] as usize > v.len() && v[1] as u16 > 3;
    println!("{w}");
}
