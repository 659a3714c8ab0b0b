// static_mut_refs (deny, 2024): a `&self` method on the static, `{NAME}` in a format string, `assert_eq!`; by-value methods are fine.
static mut HITS: i32 = 3;

fn main() {
    unsafe {
        let text = HITS.to_string();
        let bigger = HITS.max(10);
        let square = HITS.pow(2);
        assert_eq!(HITS, 3);
        println!("{HITS} {text} {bigger} {square}");
    }
}
