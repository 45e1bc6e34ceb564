# RUN: %athanor run %s | FileCheck --match-full-lines %s
cl = 'hello world'
IO.inspect(cl)
IO.inspect(length(cl))
IO.inspect(Enum.reverse(cl))
IO.inspect(Enum.map(cl, &(&1 - 32)) |> Enum.filter(&(&1 > 0)))
IO.inspect(List.to_string(cl))
IO.inspect(Enum.filter(cl, &(&1 in ?a..?m)))
IO.inspect(Enum.frequencies(cl) |> Enum.sort() |> Enum.take(4))
IO.inspect(cl ++ '!')
IO.inspect('abc' -- 'b')
IO.inspect([?a | 'bc'])
IO.inspect(Enum.join(['ab', 'cd'], "-"))
IO.inspect(to_string('x') <> "y")
IO.inspect(Enum.chunk_every('abcdefg', 3))
IO.inspect(Enum.map('abc', &<<&1>>))
IO.inspect(Enum.map(["a", "b"], &String.to_charlist/1))
IO.inspect(List.flatten(['ab', ['c', 'd']]))
IO.inspect(:erlang.list_to_integer('42') + 1)
IO.inspect(List.to_integer('ff', 16))
IO.inspect(Integer.to_charlist(42))
IO.inspect(Integer.to_charlist(-255, 16))
IO.inspect(Float.to_charlist(1.5))
IO.inspect(Atom.to_charlist(:atom))
IO.inspect(String.to_charlist("ünï"))
IO.inspect('ünï')
IO.inspect(List.to_string([252, 110, 239]))
IO.inspect(is_list('') and '' == [])
IO.inspect(Enum.sort(['banana', 'apple', 'cherry']))
IO.inspect(Enum.max(['b', 'abc']))
IO.inspect('abc' < 'abd')
IO.inspect(List.starts_with?('prefix_rest', 'prefix'))
IO.inspect(Enum.split_while('aaabbb', &(&1 == ?a)))
IO.inspect(Enum.dedup('aabbccaa'))
IO.inspect(Enum.zip('abc', 'xyz'))
IO.inspect(for c <- 'hello', c != ?l, do: c)
IO.inspect(for c <- 'hello', into: "", do: <<c>>)
IO.inspect(:lists.reverse('stressed'))
IO.inspect(Enum.with_index('ab'))
IO.inspect(List.keyfind([{'k', 1}], 'k', 0))

# CHECK: 'hello world'
# CHECK-NEXT: 11
# CHECK-NEXT: 'dlrow olleh'
# CHECK-NEXT: 'HELLOWORLD'
# CHECK-NEXT: "hello world"
# CHECK-NEXT: 'hellld'
# CHECK-NEXT: [{32, 1}, {100, 1}, {101, 1}, {104, 1}]
# CHECK-NEXT: 'hello world!'
# CHECK-NEXT: 'ac'
# CHECK-NEXT: 'abc'
# CHECK-NEXT: "ab-cd"
# CHECK-NEXT: "xy"
# CHECK-NEXT: ['abc', 'def', 'g']
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: ['a', 'b']
# CHECK-NEXT: 'abcd'
# CHECK-NEXT: 43
# CHECK-NEXT: 255
# CHECK-NEXT: '42'
# CHECK-NEXT: '-FF'
# CHECK-NEXT: '1.5'
# CHECK-NEXT: 'atom'
# CHECK-NEXT: [252, 110, 239]
# CHECK-NEXT: [252, 110, 239]
# CHECK-NEXT: "ünï"
# CHECK-NEXT: true
# CHECK-NEXT: ['apple', 'banana', 'cherry']
# CHECK-NEXT: 'b'
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: {'aaa', 'bbb'}
# CHECK-NEXT: 'abca'
# CHECK-NEXT: [{97, 120}, {98, 121}, {99, 122}]
# CHECK-NEXT: 'heo'
# CHECK-NEXT: "hello"
# CHECK-NEXT: 'desserts'
# CHECK-NEXT: [{97, 0}, {98, 1}]
# CHECK-NEXT: {'k', 1}
