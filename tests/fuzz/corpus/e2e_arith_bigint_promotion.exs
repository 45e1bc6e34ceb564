x = 4_611_686_018_427_387_903
IO.inspect(x + 1)
IO.inspect(-x - 2)
IO.inspect(x * x)
IO.inspect(2 ** 64 - 2 ** 64)
IO.inspect(div(10 ** 30, 10 ** 28))
