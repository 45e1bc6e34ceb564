# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Geo do
  def classify({x, y}) when x == 0 and y == 0, do: :origin
  def classify({0, _}), do: :y_axis
  def classify({_, 0}), do: :x_axis
  def classify({x, y}) when x > 0 and y > 0, do: {:quadrant, 1}
  def classify({x, y}) when x < 0 and y > 0, do: {:quadrant, 2}
  def classify({x, y}) when x < 0 and y < 0, do: {:quadrant, 3}
  def classify({_, _}), do: {:quadrant, 4}

  def head_tail([h | t]), do: {h, t}
  def head_tail([]), do: :empty

  def swap({a, b}), do: {b, a}

  def first_two([a, b | _]), do: [a, b]
  def first_two(l), do: l
end

points = [{0, 0}, {0, 5}, {3, 0}, {1, 2}, {-1, 2}, {-3, -3}, {4, -1}]
Enum.each(points, fn p -> IO.inspect({p, Geo.classify(p)}) end)

{a, {b, [c | d]}} = {1, {2, [3, 4, 5]}}
IO.inspect([a, b, c, d])

[x, x] = [7, 7]
IO.puts("x = #{x}")

pin = 10
result =
  case {10, 20} do
    {^pin, other} -> "pinned matched, other=#{other}"
    _ -> "no"
  end
IO.puts(result)

%{name: name, age: age} = %{name: "Ann", age: 33, city: "Oslo"}
IO.puts("#{name} is #{age}")

<<first::binary-size(3), rest::binary>> = "hello world"
IO.inspect({first, rest})

"prefix-" <> suffix = "prefix-value"
IO.inspect(suffix)

IO.inspect(Geo.head_tail([1, 2, 3]))
IO.inspect(Geo.head_tail([]))
IO.inspect(Geo.swap({:left, :right}))
IO.inspect(Geo.first_two([9, 8, 7, 6]))
IO.inspect(Geo.first_two([1]))

{:ok, value} = {:ok, [nested: {1, 2}]}
IO.inspect(value[:nested])

list = [1, 2, 3]
[_ | tail] = list
IO.inspect(tail)

f = fn
  {:ok, v} when is_integer(v) -> {:int, v}
  {:ok, v} -> {:other, v}
  :error -> :err
end
IO.inspect(Enum.map([{:ok, 1}, {:ok, "s"}, :error], f))

# match in function head with same var
same = fn a, a -> :same; _, _ -> :different end
IO.inspect({same.(1, 1), same.(1, 2), same.(1, 1.0)})

# nested maps in patterns
data = %{user: %{profile: %{langs: ["elixir", "erlang"]}}}
%{user: %{profile: %{langs: [fav | _]}}} = data
IO.puts("favourite: #{fav}")

# match on string via case with guards
for s <- ["", "a", "abc", "abcdef"] do
  r = case s do
    "" -> :empty
    <<_::utf8>> -> :single
    s when byte_size(s) < 4 -> :short
    _ -> :long
  end
  IO.inspect({s, r})
end

# CHECK: {{\{\{}}0, 0}, :origin}
# CHECK-NEXT: {{\{\{}}0, 5}, :y_axis}
# CHECK-NEXT: {{\{\{}}3, 0}, :x_axis}
# CHECK-NEXT: {{\{\{}}1, 2}, {:quadrant, 1}}
# CHECK-NEXT: {{\{\{}}-1, 2}, {:quadrant, 2}}
# CHECK-NEXT: {{\{\{}}-3, -3}, {:quadrant, 3}}
# CHECK-NEXT: {{\{\{}}4, -1}, {:quadrant, 4}}
# CHECK-NEXT: [1, 2, 3, [4, 5]]
# CHECK-NEXT: x = 7
# CHECK-NEXT: pinned matched, other=20
# CHECK-NEXT: Ann is 33
# CHECK-NEXT: {"hel", "lo world"}
# CHECK-NEXT: "value"
# CHECK-NEXT: {1, [2, 3]}
# CHECK-NEXT: :empty
# CHECK-NEXT: {:right, :left}
# CHECK-NEXT: '\t\b'
# CHECK-NEXT: [1]
# CHECK-NEXT: {1, 2}
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: [{:int, 1}, {:other, "s"}, :err]
# CHECK-NEXT: {:same, :different, :different}
# CHECK-NEXT: favourite: elixir
# CHECK-NEXT: {"", :empty}
# CHECK-NEXT: {"a", :single}
# CHECK-NEXT: {"abc", :short}
# CHECK-NEXT: {"abcdef", :long}
