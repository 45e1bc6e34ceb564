<<1, 2, x::size(8), rest::binary, c - 32, "abc">>
