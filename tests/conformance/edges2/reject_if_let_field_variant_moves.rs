// E0507: `if let` on a struct field behind `&self` with a by-value binding.
struct Holder {
    item: Option<String>,
}

impl Holder {
    fn show(&self) {
        if let Some(s) = self.item {
            println!("{}", s);
        }
    }
}

fn main() {
    Holder { item: Some(String::from("a")) }.show();
}
