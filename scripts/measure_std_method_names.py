#!/usr/bin/env python3
"""Ask rustc which method names exist on each standard-library receiver type.

A program calling a method this subset does not model must get "not supported yet",
and one calling a method that does not exist must get rustc's E0599. Telling them
apart needs the real list, so this script measures it: for each receiver type it
compiles one file calling every candidate name on a value of that type and reads
rustc's diagnostics. `no method named `x` found` means x does not exist there; any
other outcome (an argument-count error, unsatisfied trait bounds, success) means it
does; `use of unstable library feature` means it exists only on nightly (E0658).

Writes `stackheap_tui/lang/std/measured_names.py`.
Usage: python scripts/measure_std_method_names.py [--check]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from generated_module import write_or_check

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "stackheap_tui" / "lang" / "std" / "measured_names.py"

# Receiver categories (as the checker names them) and a value of each, typed.
RECEIVERS: dict[str, tuple[str, str]] = {
    "signed": ("i32", "1i32"),
    "unsigned": ("u32", "1u32"),
    "float": ("f64", "1.0f64"),
    "char": ("char", "'a'"),
    "bool": ("bool", "true"),
    "str": ("&str", "\"ab\""),
    "String": ("String", "String::new()"),
    "slice": ("&[i32]", "&[1, 2][..]"),
    "array": ("[i32; 2]", "[1, 2]"),
    "Vec": ("Vec<i32>", "vec![1, 2]"),
    "Option": ("Option<i32>", "Some(1)"),
    "Result": ("Result<i32, String>", "Ok(1)"),
    # Methods of nested Options/Results (`transpose`, `flatten`) join their lists.
    "Option+result": ("Option<Result<i32, String>>", "Some(Ok(1))"),
    "Option+option": ("Option<Option<i32>>", "Some(Some(1))"),
    "Result+option": ("Result<Option<i32>, String>", "Ok(Some(1))"),
    "iterator": ("std::vec::IntoIter<i32>", "vec![1, 2].into_iter()"),
    # Other iterators our one iterator type stands for: their names join the list.
    "iterator+chars": ("std::str::Chars<'static>", "\"ab\".chars()"),
    "iterator+slice": ("std::slice::Iter<'static, i32>", "[1, 2][..].iter()"),
    "RangeFrom": ("std::ops::RangeFrom<i32>", "0.."),
    "Range": ("std::ops::Range<i32>", "0..2"),
    "RangeInclusive": ("std::ops::RangeInclusive<i32>", "0..=2"),
    "Box": ("Box<i32>", "Box::new(1)"),
    "Rc": ("std::rc::Rc<i32>", "std::rc::Rc::new(1)"),
    "RefCell": ("std::cell::RefCell<i32>", "std::cell::RefCell::new(1)"),
    "Cell": ("std::cell::Cell<i32>", "std::cell::Cell::new(1)"),
    "tuple": ("(i32, i32)", "(1, 2)"),
}

# Every name worth asking about: rustc sorts out which receiver has which.
_WORDS = """
abs abs_diff add all and and_then any append as_bytes as_mut as_mut_slice as_mut_str
as_ptr as_ref as_slice as_str as_deref as_deref_mut binary_search binary_search_by
binary_search_by_key borrow borrow_mut bytes capacity cbrt ceil char_indices chars
checked_abs checked_add checked_div checked_div_euclid checked_ilog checked_ilog10
checked_ilog2 checked_mul checked_neg checked_next_power_of_two checked_pow checked_rem
checked_rem_euclid checked_shl checked_shr checked_sub chain chunks chunks_exact
chunks_exact_mut chunks_mut clamp clear clone clone_from clone_from_slice cloned cmp
collect concat contains contains_key copied copy_from_slice copy_within copysign cos
count count_ones count_zeros cycle dedup dedup_by dedup_by_key div_ceil div_euclid drain
ends_with enumerate eq eq_ignore_ascii_case escape_debug escape_default escape_unicode
exp exp2 expect expect_err extend extend_from_slice extend_from_within fill fill_with
filter filter_map find find_map first first_mut flat_map flatten floor fold for_each
fract from_str_radix fuse ge get get_mut get_or_insert get_or_insert_with gt hypot
ilog ilog10 ilog2 insert insert_str inspect into into_boxed_slice into_bytes into_iter
into_string is_alphabetic is_alphanumeric is_ascii is_ascii_alphabetic
is_ascii_alphanumeric is_ascii_digit is_ascii_hexdigit is_ascii_lowercase
is_ascii_punctuation is_ascii_uppercase is_ascii_whitespace is_char_boundary is_control
is_digit is_empty is_err is_err_and is_finite is_infinite is_lowercase is_multiple_of
is_nan is_negative is_none is_none_or is_numeric is_ok is_ok_and is_positive
is_power_of_two is_sign_negative is_sign_positive is_some is_some_and is_sorted
is_sorted_by is_sorted_by_key is_uppercase is_whitespace isqrt iter iter_mut join
last last_mut le leading_ones leading_zeros len len_utf16 len_utf8 lines ln log log10
log2 lt map map_err map_or map_or_else match_indices matches max max_by max_by_key
midpoint min min_by min_by_key mul_add ne next next_back next_multiple_of
next_power_of_two nth nth_back ok ok_or ok_or_else or or_else overflowing_add
overflowing_mul overflowing_neg overflowing_pow overflowing_sub parse partial_cmp
partition peekable pop position pow powf powi product push push_str range rchunks
rchunks_mut recip reduce rem_euclid remove repeat replace replacen reserve
reserve_exact resize resize_with retain retain_mut rev reverse reverse_bits rfind
rotate_left rotate_right round rposition rsplit rsplit_once rsplitn saturating_add
saturating_mul saturating_pow saturating_sub scan set shrink_to shrink_to_fit signum
sin skip skip_while sort sort_by sort_by_key sort_unstable sort_unstable_by
sort_unstable_by_key splice split split_at split_at_mut split_first split_last
split_inclusive split_off split_once split_whitespace splitn sqrt starts_with step_by
strip_prefix strip_suffix sum swap swap_bytes swap_remove take take_while tan then
then_some to_ascii_lowercase to_ascii_uppercase to_be to_be_bytes to_digit to_le
to_le_bytes to_lowercase to_owned to_radians to_degrees to_string to_uppercase to_vec
trailing_ones trailing_zeros trim trim_end trim_end_matches trim_matches trim_start
trim_start_matches truncate try_borrow try_borrow_mut try_fold try_for_each try_into
unsigned_abs unwrap unwrap_err unwrap_or unwrap_or_default unwrap_or_else
unwrap_unchecked unzip windows with_capacity wrapping_abs wrapping_add wrapping_div
wrapping_mul wrapping_neg wrapping_pow wrapping_rem wrapping_shl wrapping_shr
wrapping_sub xor zip get_unchecked into_inner replace_with take_mut update downgrade
upgrade strong_count as_ptr_range char_count transpose make_ascii_uppercase
make_ascii_lowercase retain_mut chunk_by first_chunk last_chunk sort_floats
clone_from_slice then_some into try_into chunks_exact splice split_off append
sort_unstable_by sort_unstable_by_key dedup_by_key dedup_by binary_search_by
binary_search_by_key rsplit splitn rsplitn rfind trim_matches strip_prefix strip_suffix
as_mut_str skip_while take_while peekable chain flat_map scan inspect cycle unzip min_by
max_by is_sorted as_deref get_or_insert get_or_insert_with expect_err ok_or_else or_else
insert flatten extend_from_within rev step_by product cmp_by eq_ignore_ascii_case
char_indices rposition last_mut first_mut iter_mut try_from from_str_radix checked_neg
leading_ones trailing_ones swap_with_slice resize with_capacity capacity shrink_to
try_borrow try_borrow_mut get_mut take replace_with downgrade upgrade as_ptr as_mut
borrow borrow_mut find_map sum count
by_ref map_while size_hint rfold try_rfold is_partitioned partition_in_place
array_chunks map_windows intersperse next_chunk try_collect collect_into try_find
try_reduce eq_by partial_cmp_by advance_by advance_back_by take_if inspect_err
err iter_err ok_or map_or_else unwrap_or_default is_some_and xor into_boxed_str
leak into_raw remove_matches to_socket_addrs ends_with strip_prefix as_mut_ptr
escape_ascii sort_by_cached_key select_nth_unstable contains starts_with
"""
CANDIDATES = sorted(set(_WORDS.split()))

_UNSTABLE = re.compile(r"error\[E0658\]: use of unstable library feature `(\w+)`")
_CALL_LINE = re.compile(r"-->\s*\S+:(\d+):")


def measure() -> tuple[dict[str, list[str]], dict[str, dict[str, str]]]:
    real: dict[str, list[str]] = {}
    unstable: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for category, (ty, value) in RECEIVERS.items():
            lines = [f"    let x: {ty} = {value};"]
            first = 4  # the line of the first call below (after the `fn main` header)
            lines += [f"    let _ = x.{name}();" for name in CANDIDATES]
            source = Path(folder) / "names.rs"
            source.write_text("#[allow(unused)]\nfn main() {\n" + "\n".join(lines) + "\n}\n")
            result = subprocess.run(["rustc", "--edition", "2024", "--error-format=short",
                                     "-o", str(Path(folder) / "names"), str(source)],
                                    capture_output=True, text=True)
            missing: set[str] = set()
            features: dict[str, str] = {}
            for line in result.stderr.splitlines():
                where = re.match(r"\S+:(\d+):\d+: ", line)
                if where is None or not first <= int(where.group(1)) < first + len(CANDIDATES):
                    continue
                name = CANDIDATES[int(where.group(1)) - first]
                feature = _UNSTABLE.search(line)
                if feature:
                    features[name] = feature.group(1)
                # E0599 is "no method named `x`" or "`i32` is not an iterator"; only "the
                # method `x` exists for ..., but its trait bounds were not satisfied" means
                # it exists (for some other element type).
                elif "error[E0599]" in line and "exists for" not in line:
                    missing.add(name)
            found = [n for n in CANDIDATES if n not in missing and n not in features]
            kind = category.split("+")[0]  # "iterator+chars" adds to "iterator"
            real[kind] = sorted(set(real.get(kind, [])) | set(found))
            unstable[kind] = dict(sorted({**unstable.get(kind, {}), **features}.items()))
    return real, unstable


def module_text(real: dict[str, list[str]], unstable: dict[str, dict[str, str]]) -> str:
    version = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout
    out = ['"""Which method names exist on each std receiver type (generated by',
           f"scripts/measure_std_method_names.py from {version.strip()};",
           'do not edit by hand). Only names the script asked about are listed."""', "",
           "# category -> the names rustc finds (stable)", "REAL: dict[str, frozenset[str]] = {"]
    for category, names in real.items():
        out.append(f"    {category!r}: frozenset({{")
        row = "       "
        for name in names:
            piece = f" {name!r},"
            if len(row) + len(piece) > 96:
                out.append(row)
                row = "       "
            row += piece
        out.append(row)
        out.append("    }),")
    out += ["}", "", "# category -> {name: the unstable feature rustc names (E0658)}",
            "UNSTABLE: dict[str, dict[str, str]] = {"]
    for category, features in unstable.items():
        out.append(f"    {category!r}: {{")
        out += [f"        {name!r}: {feature!r}," for name, feature in features.items()]
        out.append("    },")
    out += ["}", ""]
    return "\n".join(out)


def main() -> int:
    return write_or_check(TARGET, lambda: module_text(*measure()), "std method names")


if __name__ == "__main__":
    sys.exit(main())
