// E0277 twice: a struct of the program that does not implement Iterator, passed where `impl Iterator` and a `where I: Iterator` bound require one.
struct Bag {
    items: Vec<u32>,
}

fn total(it: impl Iterator<Item = u32>) -> u32 {
    it.sum()
}

fn show<I>(it: I)
where
    I: Iterator<Item = u32>,
{
    for x in it {
        println!("{}", x);
    }
}

fn main() {
    let b = Bag { items: vec![1, 2] };
    println!("{}", total(b));
    show(vec![1u32, 2]);
}
