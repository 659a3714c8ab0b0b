// E0382: `|| count += 1` captures `count` by `&mut`, so the closure is not Copy; `let other = tick;` moves it and `tick()` after is E0382 (note about the captured variable).
fn main() {
    let mut count = 0;
    let mut tick = || count += 1;
    tick();
    let mut other = tick;
    other();
    tick();
}
