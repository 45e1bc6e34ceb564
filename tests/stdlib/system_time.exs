# RUN: %athanor run %s | FileCheck --match-full-lines %s
# System time functions: units, monotonicity and System.convert_time_unit/3.
t1 = System.monotonic_time()
t2 = System.monotonic_time()
IO.inspect t2 >= t1
IO.inspect is_integer(System.monotonic_time(:millisecond))
IO.inspect System.system_time(:second) > 1_600_000_000
IO.inspect System.os_time(:millisecond) > 1_600_000_000_000
IO.inspect is_integer(System.system_time())
IO.inspect System.unique_integer([:positive]) > 0
IO.inspect System.unique_integer() != System.unique_integer()
a = System.unique_integer([:monotonic])
b = System.unique_integer([:monotonic])
IO.inspect b > a
IO.inspect System.convert_time_unit(1, :second, :millisecond)
IO.inspect System.convert_time_unit(1999, :millisecond, :second)
IO.inspect System.convert_time_unit(-1, :millisecond, :second)
IO.inspect System.convert_time_unit(3, :second, 1000)
IO.inspect System.convert_time_unit(1, :second, :native)
IO.inspect System.convert_time_unit(5_000_000, :microsecond, :second)
try do
  System.monotonic_time(:foo)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
# CHECK: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: 1000
# CHECK-NEXT: 1
# CHECK-NEXT: -1
# CHECK-NEXT: 3000
# CHECK-NEXT: 1000000000
# CHECK-NEXT: 5
# CHECK-NEXT: unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a positive integer, got :foo
