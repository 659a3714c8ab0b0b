// E0277: `{:?}` of `self` in a provided method with no return type: the `where Self: Debug` goes right after the parameters.
trait Describe {
    fn tag(&self) -> u8;
    fn dump(&self) {
        println!("{:?}", self);
    }
}

struct Item;

impl Describe for Item {
    fn tag(&self) -> u8 {
        1
    }
}

fn main() {
    println!("{}", Item.tag());
}
