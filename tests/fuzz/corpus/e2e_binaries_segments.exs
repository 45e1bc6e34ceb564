<<a::4, b::4, rest::binary>> = <<0xAB, 1, 2>>
IO.inspect({a, b, rest})
<<x::16-little, y::signed-8>> = <<1, 2, 255>>
IO.inspect({x, y})
<<ch::utf8, tail::binary>> = "ébc"
IO.inspect({ch, tail})
IO.inspect(<<1::4, 2::4, 3>>)
IO.inspect(<<2.5::float>>)
