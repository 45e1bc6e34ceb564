IO.inspect([1.0e15, 1.0e16, 9007199254740993.0, 123456789012345680.0, 0.0001, 0.00001, -2.5e-10])
IO.puts(1.0e22)
IO.puts("#{2.0 ** 60}")
require Integer
IO.inspect(Integer.is_even(4) and Integer.is_odd(3))
