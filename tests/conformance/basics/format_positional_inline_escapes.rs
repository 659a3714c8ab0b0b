// Checks {} {0} {1} and inline {name} placeholders plus {{ and }} escapes in println!.
fn main() {
    let width = 30;
    let height = 4;
    println!("{0} x {1} = {2}", width, height, width * height);
    println!("{1} before {0}, then {1} again", width, height);
    println!("{width}x{height}");
    println!("{{width}} is literally braces, {width} is a value");
    println!("{{{}}}", width + height);
    println!("{} {0} {}", width, height);
    println!("{{}}");
}
