// Checks a Vec<Vec<i32>> matrix built with loops, transposed, and printed row by row.
fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let mut out = Vec::new();
    for c in 0..m[0].len() {
        let mut row = Vec::new();
        for r in 0..m.len() {
            row.push(m[r][c]);
        }
        out.push(row);
    }
    out
}

fn main() {
    let mut m = Vec::new();
    for r in 0..2 {
        let mut row = vec![0; 3];
        for c in 0..3 {
            row[c] = r * 3 + c as i32;
        }
        m.push(row);
    }
    let t = transpose(&m);
    for row in &t {
        println!("{:?}", row);
    }
    println!("{} rows, {} cols", t.len(), t[0].len());
}
