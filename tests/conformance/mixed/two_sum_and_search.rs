// Checks classic exercise code: two-sum with nested loops returning Option<(usize, usize)>, binary search and bubble sort on &mut [i32].
fn two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)> {
    for i in 0..nums.len() {
        for j in i + 1..nums.len() {
            if nums[i] + nums[j] == target {
                return Some((i, j));
            }
        }
    }
    None
}

fn bubble_sort(v: &mut [i32]) -> usize {
    let mut swaps = 0;
    let n = v.len();
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    swaps
}

fn binary_search(v: &[i32], target: i32) -> Result<usize, usize> {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] == target {
            return Ok(mid);
        } else if v[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Err(lo)
}

fn main() {
    let nums = vec![2, 7, 11, 15, -3];
    println!("{:?} {:?}", two_sum(&nums, 9), two_sum(&nums, 100));
    println!("{:?}", two_sum(&nums, 12));
    let mut v = vec![64, 34, 25, 12, 22, 11, 90];
    let swaps = bubble_sort(&mut v);
    println!("{:?} swaps={}", v, swaps);
    for t in [22, 5, 91] {
        println!("{} -> {:?} / std {:?}", t, binary_search(&v, t), v.binary_search(&t));
    }
}
