// The Book's chapter 17.2 GUI: a Screen holds Vec<Box<dyn Draw>> of a SelectBox and a Button, run() draws each through its vtable, and dropping the boxes runs SelectBox's Drop.
pub trait Draw {
    fn draw(&self);
}

pub struct Screen {
    pub components: Vec<Box<dyn Draw>>,
}

impl Screen {
    pub fn run(&self) {
        for component in self.components.iter() {
            component.draw();
        }
    }
}

pub struct Button {
    pub width: u32,
    pub height: u32,
    pub label: String,
}

impl Draw for Button {
    fn draw(&self) {
        println!("Button {} ({}x{})", self.label, self.width, self.height);
    }
}

struct SelectBox {
    width: u32,
    height: u32,
    options: Vec<String>,
}

impl Draw for SelectBox {
    fn draw(&self) {
        println!("SelectBox {}x{} with {:?}", self.width, self.height, self.options);
    }
}

impl Drop for SelectBox {
    fn drop(&mut self) { println!("drop select box"); }
}

fn main() {
    let screen = Screen {
        components: vec![
            Box::new(SelectBox {
                width: 75,
                height: 10,
                options: vec![
                    String::from("Yes"),
                    String::from("Maybe"),
                    String::from("No"),
                ],
            }),
            Box::new(Button {
                width: 50,
                height: 10,
                label: String::from("OK"),
            }),
        ],
    };

    screen.run();
    let b: Box<dyn Draw> = Box::new(Button { width: 1, height: 2, label: String::from("x") });
    b.draw();
    println!("{}", std::mem::size_of::<Box<dyn Draw>>());
    let mut v: Vec<Box<dyn Draw>> = Vec::new();
    v.push(Box::new(SelectBox { width: 1, height: 1, options: vec![] }));
    v.push(b);
    for d in &v { d.draw(); }
    drop(v);
    println!("end");
}
