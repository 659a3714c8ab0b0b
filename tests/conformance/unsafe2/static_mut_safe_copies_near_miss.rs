// Near miss of static_mut_refs: copy the static mut into a local (or a block) before printing; by-value methods and comparisons make no reference.
static mut HITS: i32 = 3;
static mut NAME_LEN: usize = 0;

fn main() {
    unsafe {
        HITS += 4;
        NAME_LEN = "ferris".len();
        let hits = HITS;
        println!("{hits}");
        println!("{}", { HITS });
        println!("{} {} {}", HITS.max(10), HITS.pow(2), HITS == 7);
        let n = NAME_LEN;
        assert_eq!(n, 6);
        println!("len {n}");
    }
}
