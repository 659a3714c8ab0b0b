// E0277: `{:?}` on an enum value without Debug; the derive suggestion goes above `enum`.
enum Light {
    Red,
    Green,
}

fn main() {
    let l = Light::Green;
    if let Light::Red = l {
        println!("stop");
    }
    println!("{:?}", Light::Red);
}
