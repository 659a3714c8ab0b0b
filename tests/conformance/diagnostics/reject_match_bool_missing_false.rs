// E0004: a match on bool with only `true`; rustc notes the type and suggests a `false => todo!()` arm.
fn main() {
    let ready = true;
    let label = match ready {
        true => "go",
    };
    println!("{label}");
}
