// E0425 three times: rustc reports every type it cannot find, in source order.
fn convert(a: Celsius, b: Scale) -> Fahrenheit {
    todo!()
}

fn main() {
    println!("hi");
}
