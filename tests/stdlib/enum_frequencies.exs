# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.frequencies/1 and Enum.frequencies_by/2.
IO.inspect Enum.frequencies(~w{ant buffalo ant ant buffalo dingo})
IO.inspect Enum.frequencies([1, 1.0, 1, :a])
IO.inspect Enum.frequencies([])
IO.inspect Enum.frequencies_by(~w{aa aA bb cc}, &String.downcase/1)
IO.inspect Enum.frequencies_by(~w{aaa aA bbb cc c}, &String.length/1)
IO.inspect Enum.frequencies_by(1..10, &rem(&1, 3))
# CHECK: %{"ant" => 3, "buffalo" => 2, "dingo" => 1}
# CHECK-NEXT: %{1 => 2, 1.0 => 1, :a => 1}
# CHECK-NEXT: %{}
# CHECK-NEXT: %{"aa" => 2, "bb" => 1, "cc" => 1}
# CHECK-NEXT: %{1 => 1, 2 => 2, 3 => 2}
# CHECK-NEXT: %{0 => 3, 1 => 4, 2 => 3}
