# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: calls an undefined local function from a public function used at top level.
defmodule Shop do
  @tax 0.2
  def price(net), do: round_to_cents(net * (1 + @tax))
end

IO.puts("pricing")
IO.inspect(Shop.price(10))
