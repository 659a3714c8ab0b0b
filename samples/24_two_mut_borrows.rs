// A program rustc refuses (E0499): two `&mut` borrows of the same String at once
// Watch: `r1 = &mut s` takes R, W and O from `s` (line 7); `r2 = &mut s` needs R and W (line 8); `r1` is still used on line 10. Two live `&mut` could write the same bytes behind each other's back. Press r to run it anyway: this run happens to print fine, yet rustc must reject it, because its rules hold for every run. Lesson 25 is the version that compiles.

fn main() {
    let mut s = String::from("hello");

    let r1 = &mut s;
    let r2 = &mut s;

    println!("{r1}, {r2}");
}
