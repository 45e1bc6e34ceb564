# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Flow do
  def describe(n) do
    cond do
      n < 0 -> "negative"
      n == 0 -> "zero"
      n < 10 -> "small"
      n < 100 -> "medium"
      true -> "large"
    end
  end

  def parse_age(str) do
    with {n, ""} <- Integer.parse(str),
         true <- n >= 0 || {:error, :negative},
         true <- n < 150 || {:error, :too_old} do
      {:ok, n}
    else
      :error -> {:error, :not_a_number}
      {_, rest} when is_binary(rest) -> {:error, {:trailing, rest}}
      {:error, _} = e -> e
    end
  end

  def check(x) do
    if x, do: "truthy", else: "falsy"
  end

  def neg(x) do
    unless x > 5 do
      "not more than 5"
    else
      "more than 5"
    end
  end
end

for n <- [-5, 0, 3, 42, 1000], do: IO.puts("#{n}: #{Flow.describe(n)}")
for s <- ["42", "-3", "200", "abc", "12x", "0"], do: IO.inspect(Flow.parse_age(s))
for v <- [nil, false, 0, "", [], :ok], do: IO.puts("#{inspect(v)} is #{Flow.check(v)}")
IO.puts(Flow.neg(3))
IO.puts(Flow.neg(9))

x = if false, do: :never
IO.inspect(x)

res =
  case Enum.find([1, 3, 5, 6, 7], &(rem(&1, 2) == 0)) do
    nil -> "no even"
    e -> "first even #{e}"
  end
IO.puts(res)

w = with {:ok, a} <- {:ok, 1}, b = a + 1, {:ok, c} <- {:ok, b * 10}, do: a + b + c
IO.inspect(w)
w2 = with {:ok, a} <- {:error, :bad}, do: a
IO.inspect(w2)

y = 5
z = case y do
  n when n in [1, 2, 3] -> :low
  n when n in 4..6 -> :mid
  _ -> :high
end
IO.inspect(z)

IO.inspect(true and false)
IO.inspect(false or :fallback)
IO.inspect(nil || "default")
IO.inspect(1 && 2)
IO.inspect(!nil)
IO.inspect(not true)

# CHECK: -5: negative
# CHECK-NEXT: 0: zero
# CHECK-NEXT: 3: small
# CHECK-NEXT: 42: medium
# CHECK-NEXT: 1000: large
# CHECK-NEXT: {:ok, 42}
# CHECK-NEXT: {:error, :negative}
# CHECK-NEXT: {:error, :too_old}
# CHECK-NEXT: {:error, :not_a_number}
# CHECK-NEXT: {:error, {:trailing, "x"}}
# CHECK-NEXT: {:ok, 0}
# CHECK-NEXT: nil is falsy
# CHECK-NEXT: false is falsy
# CHECK-NEXT: 0 is truthy
# CHECK-NEXT: "" is truthy
# CHECK-NEXT: [] is truthy
# CHECK-NEXT: :ok is truthy
# CHECK-NEXT: not more than 5
# CHECK-NEXT: more than 5
# CHECK-NEXT: nil
# CHECK-NEXT: first even 6
# CHECK-NEXT: 23
# CHECK-NEXT: {:error, :bad}
# CHECK-NEXT: :mid
# CHECK-NEXT: false
# CHECK-NEXT: :fallback
# CHECK-NEXT: "default"
# CHECK-NEXT: 2
# CHECK-NEXT: true
# CHECK-NEXT: false
