// rustc accepts: struct update syntax that only copies Copy fields out of a Drop type.
struct Settings {
    width: u32,
    height: u32,
    name: String,
}

impl Drop for Settings {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let base = Settings { width: 80, height: 24, name: String::from("base") };
    let wide = Settings { width: 120, name: String::from("wide"), ..base };
    let label = base.name.clone();
    println!("{}x{} {} {}", wide.width, wide.height, wide.name, label);
}
