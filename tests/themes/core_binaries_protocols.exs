# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Packet do
  def parse(<<1, _len::16, payload::binary-size(3), rest::binary>>), do: {:data, payload, rest}
  def parse(<<2, code::8>>), do: {:ack, code}
  def parse(<<3, x::signed-16, y::little-16>>), do: {:point, x, y}
  def parse(<<4, f::float-32>>), do: {:float32, f}
  def parse(<<>>), do: :empty
  def parse(other), do: {:unknown, byte_size(other)}

  def build(:data, payload), do: <<1, byte_size(payload)::16, payload::binary>>
  def build(:ack, code), do: <<2, code>>

  def http("GET " <> path), do: {:get, path}
  def http("POST " <> path), do: {:post, path}
  def http(_), do: :bad_request
end

IO.inspect(Packet.parse(<<1, 0, 3, "abcXYZ">>))
IO.inspect(Packet.parse(<<2, 200>>))
IO.inspect(Packet.parse(<<3, 255, 254, 1, 0>>))
IO.inspect(Packet.parse(<<4, 1.5::float-32>>))
IO.inspect(Packet.parse(<<>>))
IO.inspect(Packet.parse(<<9, 9, 9>>))
IO.inspect(Packet.build(:data, "hello"))
IO.inspect(Packet.parse(Packet.build(:data, "hey")))
IO.inspect(Packet.build(:ack, 7))
IO.inspect(Packet.http("GET /index.html"))
IO.inspect(Packet.http("POST /api"))
IO.inspect(Packet.http("DELETE /x"))
<<a::4, b::4>> = <<0xAB>>
IO.inspect({a, b})
<<n::32-big>> = <<0, 0, 1, 0>>
IO.inspect(n)
<<m::32-little>> = <<0, 0, 1, 0>>
IO.inspect(m)
IO.inspect(<<65, 66, 67>>)
IO.inspect(<<1000::16>>)
IO.inspect(<<-1::8>>)
IO.inspect(<<300::8>>)
IO.inspect(<<"héllo"::binary, 0>>)
IO.inspect(byte_size(<<1::64>>))
IO.inspect(<<2.5::float>>)
IO.inspect(<<x::utf8, _::binary>> = "ünïcode")
IO.inspect(x)
IO.inspect(<<0x1F600::utf8>>)

# CHECK: {:data, "abc", "XYZ"}
# CHECK-NEXT: {:ack, 200}
# CHECK-NEXT: {:point, -2, 1}
# CHECK-NEXT: {:float32, 1.5}
# CHECK-NEXT: :empty
# CHECK-NEXT: {:unknown, 3}
# CHECK-NEXT: <<1, 0, 5, 104, 101, 108, 108, 111>>
# CHECK-NEXT: {:data, "hey", ""}
# CHECK-NEXT: <<2, 7>>
# CHECK-NEXT: {:get, "/index.html"}
# CHECK-NEXT: {:post, "/api"}
# CHECK-NEXT: :bad_request
# CHECK-NEXT: {10, 11}
# CHECK-NEXT: 256
# CHECK-NEXT: 65536
# CHECK-NEXT: "ABC"
# CHECK-NEXT: <<3, 232>>
# CHECK-NEXT: <<255>>
# CHECK-NEXT: ","
# CHECK-NEXT: <<104, 195, 169, 108, 108, 111, 0>>
# CHECK-NEXT: 8
# CHECK-NEXT: <<64, 4, 0, 0, 0, 0, 0, 0>>
# CHECK-NEXT: "ünïcode"
# CHECK-NEXT: 252
# CHECK-NEXT: "😀"
