// E0277: a provided method taking `self` by value needs `Self: Sized`.
trait Finish {
    fn name(&self) -> String;
    fn finish(self) -> String {
        format!("{} finished", self.name())
    }
}

struct Task;

impl Finish for Task {
    fn name(&self) -> String {
        String::from("task")
    }
}

fn main() {
    println!("{}", Task.finish());
}
