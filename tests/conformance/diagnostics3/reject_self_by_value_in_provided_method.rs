// E0277: a provided method taking `self` by value needs `Self: Sized`; rustc suggests the where clause and `&self`.
trait Consume {
    fn size(&self) -> usize;
    fn into_size(self) -> usize {
        self.size()
    }
}

struct Blob(Vec<u8>);

impl Consume for Blob {
    fn size(&self) -> usize {
        self.0.len()
    }
}

fn main() {
    println!("{}", Blob(vec![1, 2]).size());
}
