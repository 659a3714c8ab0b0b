// Checks fixed-size 2D arrays passed by value and by reference, transposition, and nested loops with indices.
const N: usize = 3;

fn transpose(m: [[i32; N]; N]) -> [[i32; N]; N] {
    let mut t = [[0; N]; N];
    for i in 0..N {
        for j in 0..N {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn multiply(a: &[[i32; N]; N], b: &[[i32; N]; N]) -> [[i32; N]; N] {
    let mut r = [[0; N]; N];
    for i in 0..N {
        for j in 0..N {
            for k in 0..N {
                r[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    r
}

fn trace(m: &[[i32; N]; N]) -> i32 {
    (0..N).map(|i| m[i][i]).sum()
}

fn main() {
    let m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let t = transpose(m);
    println!("{:?}", t);
    let p = multiply(&m, &t);
    for row in &p {
        let cells: Vec<String> = row.iter().map(|x| format!("{:4}", x)).collect();
        println!("{}", cells.join(""));
    }
    println!("trace {}", trace(&p));
    println!("{}", std::mem::size_of_val(&m));
    let mut id = [[0u8; 4]; 4];
    for i in 0..4 {
        id[i][i] = 1;
    }
    println!("{:?}", id);
}
