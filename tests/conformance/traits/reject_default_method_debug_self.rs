// E0277: `{:?}` of `self` in a provided method: `Self` is not known to implement `Debug`.
trait Show {
    fn id(&self) -> u8;
    fn show(&self) {
        println!("{:?} has id {}", self, self.id());
    }
}

#[derive(Debug)]
struct Item(u8);

impl Show for Item {
    fn id(&self) -> u8 {
        self.0
    }
}

fn main() {
    Item(3).show();
}
