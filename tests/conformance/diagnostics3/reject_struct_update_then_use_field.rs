// E0382: after `Settings { volume: 3, ..old }` the field `old.theme` is moved; reading it is a borrow of a moved value.
struct Settings {
    theme: String,
    volume: u8,
}

fn main() {
    let old = Settings { theme: String::from("dark"), volume: 1 };
    let new = Settings { volume: 3, ..old };
    println!("{} {}", new.theme, new.volume);
    println!("{}", old.theme);
}
