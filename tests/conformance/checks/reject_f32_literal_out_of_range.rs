// `let x: f32 = 1e40;` is rustc's deny-by-default `overflowing_literals` lint: the literal would become `f32::INFINITY`
fn main() {
    let x: f32 = 1e40;
    println!("{}", x);
}
