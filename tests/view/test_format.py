import pytest

from stackheap_tui.view.numbers import format_address, format_size


@pytest.mark.parametrize(
    ("address", "text"),
    [
        (0x7FFC_FFF8, "0x7ffc_fff8"),
        (0x5555_0010, "0x5555_0010"),
        (0x10, "0x10"),
        (0, "0x0"),
        (0x1_0000, "0x1_0000"),
        (0x7FFC_1234_5678, "0x7ffc_1234_5678"),
    ],
)
def test_address_groups_four_hex_digits_from_the_right(address, text):
    assert format_address(address) == text


def test_negative_address_is_refused():
    with pytest.raises(ValueError):
        format_address(-1)


def test_size_in_bytes():
    assert format_size(4) == "4 B"
    assert format_size(24) == "24 B"
