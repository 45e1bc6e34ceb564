# RUN: %athanor run %s | FileCheck --match-full-lines %s
pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {13, 13}]
for {a, b} <- pairs do
  IO.puts("#{a} #{b}: div=#{div(a, b)} rem=#{rem(a, b)} idiv=#{Integer.floor_div(a, b)} mod=#{Integer.mod(a, b)} /=#{a / b}")
end
IO.inspect(2 ** 64)
IO.inspect(Integer.pow(3, 40))
IO.inspect(:math.pow(2, 10))
big = Enum.reduce(1..30, 1, &*/2)
IO.inspect(big)
IO.inspect(div(big, 1_000_000_007))
IO.inspect(rem(big, 1_000_000_007))
IO.inspect(-big)
IO.inspect(big - big + 1)
IO.inspect(big * big)
IO.inspect(div(-big, 7))
IO.inspect(rem(-big, 7))
IO.inspect(Integer.to_string(big, 16))
IO.inspect(Integer.to_string(-255, 2))
IO.inspect(Integer.digits(big) |> Enum.sum())
IO.inspect(Integer.undigits([1, 2, 3]))
IO.inspect(Integer.digits(255, 16))
IO.inspect(Integer.gcd(big, 2 ** 100))
IO.inspect(abs(-big))
IO.inspect(max(big, 3.0))
IO.inspect(big > 1.0e30)
IO.inspect(big == big * 1)
IO.inspect(9_223_372_036_854_775_807 + 1)
IO.inspect(-9_223_372_036_854_775_808 - 1)
IO.inspect(576_460_752_303_423_487 + 1)
IO.inspect(Bitwise.bsl(1, 62))
import Bitwise
IO.inspect(1 <<< 100)
IO.inspect(bsr(1 <<< 100, 98))
IO.inspect(band(0xFF00, 0x0FF0))
IO.inspect(bor(1, 6))
IO.inspect(bxor(5, 3))
IO.inspect(bnot(5))
IO.inspect(0b1010 + 0o17 + 0xff)
require Integer
IO.inspect(Integer.is_odd(3))
IO.inspect(Integer.is_even(big))
IO.inspect(trunc(big / 1))
IO.inspect(big / 3)
IO.inspect(:erlang.float(2 ** 70))
IO.inspect(round(2.5e20))
IO.inspect(Integer.parse("123456789012345678901234567890"))
IO.inspect(String.to_integer("-99999999999999999999999"))
fact = fn f, n -> if n <= 1, do: 1, else: n * f.(f, n - 1) end
IO.puts(fact.(fact, 50))
IO.puts(length(Integer.digits(fact.(fact, 200))))

# CHECK: 7 2: div=3 rem=1 idiv=3 mod=1 /=3.5
# CHECK-NEXT: -7 2: div=-3 rem=-1 idiv=-4 mod=1 /=-3.5
# CHECK-NEXT: 7 -2: div=-3 rem=1 idiv=-4 mod=-1 /=-3.5
# CHECK-NEXT: -7 -2: div=3 rem=-1 idiv=3 mod=-1 /=3.5
# CHECK-NEXT: 0 5: div=0 rem=0 idiv=0 mod=0 /=0.0
# CHECK-NEXT: 13 13: div=1 rem=0 idiv=1 mod=0 /=1.0
# CHECK-NEXT: 18446744073709551616
# CHECK-NEXT: 12157665459056928801
# CHECK-NEXT: 1024.0
# CHECK-NEXT: 265252859812191058636308480000000
# CHECK-NEXT: 265252857955421052948361
# CHECK-NEXT: 109361473
# CHECK-NEXT: -265252859812191058636308480000000
# CHECK-NEXT: 1
# CHECK-NEXT: 70359079638545882374689246780656119576032161719910400000000000000
# CHECK-NEXT: -37893265687455865519472640000000
# CHECK-NEXT: 0
# CHECK-NEXT: "D13F6370F96865DF5DD54000000"
# CHECK-NEXT: "-11111111"
# CHECK-NEXT: 117
# CHECK-NEXT: 123
# CHECK-NEXT: [15, 15]
# CHECK-NEXT: 67108864
# CHECK-NEXT: 265252859812191058636308480000000
# CHECK-NEXT: 265252859812191058636308480000000
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: 9223372036854775808
# CHECK-NEXT: -9223372036854775809
# CHECK-NEXT: 576460752303423488
# CHECK-NEXT: 4611686018427387904
# CHECK-NEXT: 1267650600228229401496703205376
# CHECK-NEXT: 4
# CHECK-NEXT: 3840
# CHECK-NEXT: 7
# CHECK-NEXT: 6
# CHECK-NEXT: -6
# CHECK-NEXT: 280
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: 265252859812191068217601719009280
# CHECK-NEXT: 8.841761993739702e31
# CHECK-NEXT: 1.1805916207174113e21
# CHECK-NEXT: 250000000000000000000
# CHECK-NEXT: {123456789012345678901234567890, ""}
# CHECK-NEXT: -99999999999999999999999
# CHECK-NEXT: 30414093201713378043612608166064768844377641568960512000000000000
# CHECK-NEXT: 375
