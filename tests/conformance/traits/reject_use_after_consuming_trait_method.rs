// E0382: a trait method taking `self` moves the value; using it afterwards is a use after move.
trait IntoLabel {
    fn into_label(self) -> String;
}

struct Tag {
    text: String,
}

impl IntoLabel for Tag {
    fn into_label(self) -> String {
        format!("#{}", self.text)
    }
}

fn main() {
    let t = Tag { text: String::from("rust") };
    let l = t.into_label();
    println!("{} {}", l, t.text);
}
