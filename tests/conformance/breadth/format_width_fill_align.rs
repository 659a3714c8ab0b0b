// Checks width, fill character and < ^ > alignment for strings, numbers, chars and bools, including odd centring.
fn main() {
    println!("[{:5}]", 42);
    println!("[{:5}]", "ab");
    println!("[{:<5}] [{:>5}] [{:^5}]", 7, "r", 'c');
    println!("[{:*^6}] [{:->8}] [{:_<4}]", "mid", 3.5, true);
    println!("[{:^4}]", "abc");
    println!("[{:2}]", "longer than width");
    println!("[{:>6}]", -12);
    println!("[{:=^11}]", " title ");
    let name = "Ferris";
    println!("[{name:>10}] [{name:.3}] [{name:>10.2}]");
    println!("[{:8?}] [{:>10?}]", "q", Some(1));
    println!("[{:<6}]|", "é");
}
