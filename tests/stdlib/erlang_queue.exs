# RUN: %athanor run %s | FileCheck --match-full-lines %s
# :queue keeps OTP 25's {Rear, Front} representation and balancing.
for n <- 0..7, do: IO.inspect(:queue.from_list(Enum.to_list(1..n)))
q = Enum.reduce(1..5, :queue.new(), &:queue.in/2)
IO.inspect q
{v, q2} = :queue.out(q); IO.inspect {v, q2}
{v, q3} = :queue.out(q2); IO.inspect {v, q3}
IO.inspect :queue.out_r(q3)
IO.inspect :queue.in_r(0, q3)
IO.inspect :queue.split(2, q)
IO.inspect :queue.join(q, q)
IO.inspect :queue.filter(&(rem(&1, 2) == 0), q)
IO.inspect :queue.reverse(q)
IO.inspect :queue.drop(q); IO.inspect :queue.drop_r(q); IO.inspect :queue.peek(q); IO.inspect :queue.peek_r(q)
IO.inspect :queue.get(q); IO.inspect :queue.get_r(q); IO.inspect :queue.len(q); IO.inspect :queue.member(3, q)
IO.inspect :queue.fold(&[&1 | &2], [], q)
IO.inspect :queue.any(&(&1 > 4), q); IO.inspect :queue.all(&(&1 > 0), q)
IO.inspect :queue.delete(3, q); IO.inspect :queue.delete_r(3, q)
IO.inspect :queue.filtermap(fn x -> if x > 2, do: {true, x * 10}, else: false end, q)
IO.inspect (try do :queue.get(:queue.new()) rescue e -> e end)
IO.inspect (try do :queue.drop(:queue.new()) rescue e -> e end)
IO.inspect :queue.head(q); IO.inspect :queue.tail(q); IO.inspect :queue.last(q); IO.inspect :queue.liat(q); IO.inspect :queue.cons(0, q); IO.inspect :queue.snoc(q, 6)
IO.inspect :queue.delete_with(&(&1 == 2), q)
IO.inspect :queue.to_list(q)
IO.inspect :queue.is_empty(q)
# CHECK: {[0], [1]}
# CHECK-NEXT: {[1], []}
# CHECK-NEXT: {[2], [1]}
# CHECK-NEXT: {[3, 2], [1]}
# CHECK-NEXT: {[4, 3], [1, 2]}
# CHECK-NEXT: {[5, 4, 3], [1, 2]}
# CHECK-NEXT: {[6, 5, 4], [1, 2, 3]}
# CHECK-NEXT: {[7, 6, 5, 4], [1, 2, 3]}
# CHECK-NEXT: {[5, 4, 3, 2], [1]}
# CHECK-NEXT: {{\{\{}}:value, 1}, {[5, 4], [2, 3]}}
# CHECK-NEXT: {{\{\{}}:value, 2}, {[5, 4], [3]}}
# CHECK-NEXT: {{\{\{}}:value, 5}, {[4], [3]}}
# CHECK-NEXT: {[5, 4], [0, 3]}
# CHECK-NEXT: {{\{\{}}[2], [1]}, {[5], [3, 4]}}
# CHECK-NEXT: {[5, 4, 3, 2], [1, 2, 3, 4, 5, 1]}
# CHECK-NEXT: {[4], [2]}
# CHECK-NEXT: {[1], [5, 4, 3, 2]}
# CHECK-NEXT: {[5, 4], [2, 3]}
# CHECK-NEXT: {[4, 3, 2], [1]}
# CHECK-NEXT: {:value, 1}
# CHECK-NEXT: {:value, 5}
# CHECK-NEXT: 1
# CHECK-NEXT: 5
# CHECK-NEXT: 5
# CHECK-NEXT: true
# CHECK-NEXT: [5, 4, 3, 2, 1]
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: {[5, 4, 2], [1]}
# CHECK-NEXT: {[5, 4, 2], [1]}
# CHECK-NEXT: {'2', [30, 40]}
# CHECK-NEXT: %ErlangError{original: :empty, reason: nil}
# CHECK-NEXT: %ErlangError{original: :empty, reason: nil}
# CHECK-NEXT: 1
# CHECK-NEXT: {[5, 4], [2, 3]}
# CHECK-NEXT: 5
# CHECK-NEXT: {[4, 3, 2], [1]}
# CHECK-NEXT: {[5, 4, 3, 2], [0, 1]}
# CHECK-NEXT: {[6, 5, 4, 3, 2], [1]}
# CHECK-NEXT: {[5, 4, 3], [1]}
# CHECK-NEXT: [1, 2, 3, 4, 5]
# CHECK-NEXT: false
