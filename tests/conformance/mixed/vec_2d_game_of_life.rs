// Checks a Vec<Vec<bool>> grid updated by a neighbour count with wrapping_sub/usize bounds, printed as chars.
fn neighbours(g: &Vec<Vec<bool>>, r: usize, c: usize) -> usize {
    let mut n = 0;
    for dr in [-1i32, 0, 1] {
        for dc in [-1i32, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            let rr = r as i32 + dr;
            let cc = c as i32 + dc;
            if rr < 0 || cc < 0 || rr >= g.len() as i32 || cc >= g[0].len() as i32 {
                continue;
            }
            if g[rr as usize][cc as usize] {
                n += 1;
            }
        }
    }
    n
}

fn step(g: &Vec<Vec<bool>>) -> Vec<Vec<bool>> {
    let mut next = vec![vec![false; g[0].len()]; g.len()];
    for r in 0..g.len() {
        for c in 0..g[r].len() {
            let n = neighbours(g, r, c);
            next[r][c] = matches!((g[r][c], n), (true, 2) | (true, 3) | (false, 3));
        }
    }
    next
}

fn show(g: &Vec<Vec<bool>>) {
    for row in g {
        let line: String = row.iter().map(|&b| if b { '#' } else { '.' }).collect();
        println!("{}", line);
    }
    println!();
}

fn main() {
    let mut g = vec![vec![false; 5]; 5];
    g[2][1] = true;
    g[2][2] = true;
    g[2][3] = true;
    show(&g);
    for _ in 0..2 {
        g = step(&g);
        show(&g);
    }
    let alive = g.iter().flatten().filter(|&&b| b).count();
    println!("alive {}", alive);
}
