// rustc judges `p.x = 3` as an assignment to `p` when `p` needs no drop (a Drop type, or one
// holding a String, is not judged): "value assigned to `p` is never read".
struct G { x: i32 }
impl Drop for G { fn drop(&mut self) { println!("{}", self.x); } }
struct P { x: i32, y: i32 }
fn main() {
    let mut g = G { x: 1 };
    g.x = 5;
    let mut p = P { x: 1, y: 2 };
    p.x = 3;
    let mut q = (1, String::new());
    q.0 = 4;
    let mut t = P { x: 1, y: 2 };
    t.x = 9;
    println!("{}", t.y);
    let mut u = P { x: 1, y: 2 };
    let r = &mut u;
    r.x = 7;
    let v = vec![1]; let a = &v; let w = v; println!("{a:?}{w:?}");
}
