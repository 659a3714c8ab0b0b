// Scoped threads read a struct through shared references and return new values.
use std::thread;

struct Grid {
    cells: Vec<u32>,
    width: usize,
}

fn main() {
    let grid = Grid { cells: (1..=12).collect(), width: 4 };
    let rows = grid.cells.len() / grid.width;
    let sums: Vec<u32> = thread::scope(|s| {
        let handles: Vec<_> = (0..rows)
            .map(|r| {
                let grid = &grid;
                s.spawn(move || grid.cells[r * grid.width..(r + 1) * grid.width].iter().sum())
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("row sums {sums:?}, width {}", grid.width);
}
