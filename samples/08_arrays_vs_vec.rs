// Arrays vs Vec: an array's elements live in the stack frame, a Vec's on the heap
// Watch: `arr` takes 5 × 4 = 20 bytes right in main's frame; `v` takes 24 bytes on the stack and keeps its five elements in a 20-byte heap block; `slice` is a 16-byte fat pointer that can point at either.

fn sum(numbers: &[i32]) -> i32 {
    // A slice `&[i32]` is an address plus a length: it does not care
    // whether the elements live on the stack or on the heap.
    let mut total = 0;
    for n in numbers {
        total += n;
    }
    total
}

fn main() {
    // Fixed size, known at compile time: the whole array sits on the stack.
    let arr: [i32; 5] = [1, 2, 3, 4, 5];

    // Same numbers in a Vec: the 24-byte header is on the stack, the
    // elements in a heap block. A Vec can grow; an array cannot.
    let v: Vec<i32> = vec![1, 2, 3, 4, 5];

    let slice: &[i32] = &arr[1..3];
    println!("slice {:?}", slice);

    println!("array sum {}, vec sum {}", sum(&arr), sum(&v));
    println!("sizes on the stack: array {}, Vec {}, slice {}",
             std::mem::size_of::<[i32; 5]>(), std::mem::size_of::<Vec<i32>>(),
             std::mem::size_of::<&[i32]>());
}
