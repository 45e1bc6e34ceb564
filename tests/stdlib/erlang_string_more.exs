# RUN: %athanor run %s | FileCheck --match-full-lines %s
# The old and newer :string functions on charlists and binaries.
IO.inspect :string.to_upper('hello')
IO.inspect :string.to_lower('HeLLo')
IO.inspect :string.to_upper(?a)
IO.inspect :string.tokens('a,b,,c', ',')
IO.inspect :string.tokens('a b;c', ' ;')
IO.inspect :string.words('hello big world')
IO.inspect :string.copies('ab', 3)
IO.inspect :string.len('hello')
IO.inspect :string.substr('hello', 2)
IO.inspect :string.substr('hello', 2, 3)
IO.inspect :string.sub_string('hello', 2, 4)
IO.inspect :string.left('abc', 5)
IO.inspect :string.left('abcdef', 3)
IO.inspect :string.right('abc', 5, ?.)
IO.inspect :string.right('abcdef', 3)
IO.inspect :string.centre('ab', 6)
IO.inspect :string.strip('  hi  ')
IO.inspect :string.strip('xxhixx', :left, ?x)
IO.inspect :string.strip('xxhixx', :right, ?x)
IO.inspect :string.str('hello world', 'o')
IO.inspect :string.rstr('hello world', 'o')
IO.inspect :string.chr('hello', ?l)
IO.inspect :string.rchr('hello', ?l)
IO.inspect :string.chars(?x, 3)
IO.inspect :string.chomp("line\n")
IO.inspect :string.chomp('line\r\n')
IO.inspect :string.casefold("HeLLo")
IO.inspect :string.pad("abc", 6) |> IO.iodata_to_binary()
IO.inspect :string.pad("abc", 6, :leading) |> IO.iodata_to_binary()
IO.inspect :string.pad("abc", 8, :both, ?*) |> IO.iodata_to_binary()
IO.inspect :string.pad('ab', 4, :leading, ?0) |> :lists.flatten()
IO.inspect :string.to_graphemes("añb")

# CHECK: 'HELLO'
# CHECK-NEXT: 'hello'
# CHECK-NEXT: 65
# CHECK-NEXT: ['a', 'b', 'c']
# CHECK-NEXT: ['a', 'b', 'c']
# CHECK-NEXT: 3
# CHECK-NEXT: 'ababab'
# CHECK-NEXT: 5
# CHECK-NEXT: 'ello'
# CHECK-NEXT: 'ell'
# CHECK-NEXT: 'ell'
# CHECK-NEXT: 'abc  '
# CHECK-NEXT: 'abc'
# CHECK-NEXT: '..abc'
# CHECK-NEXT: 'def'
# CHECK-NEXT: '  ab  '
# CHECK-NEXT: 'hi'
# CHECK-NEXT: 'hixx'
# CHECK-NEXT: 'xxhi'
# CHECK-NEXT: 5
# CHECK-NEXT: 8
# CHECK-NEXT: 3
# CHECK-NEXT: 4
# CHECK-NEXT: 'xxx'
# CHECK-NEXT: "line"
# CHECK-NEXT: 'line'
# CHECK-NEXT: "hello"
# CHECK-NEXT: "abc   "
# CHECK-NEXT: "   abc"
# CHECK-NEXT: "**abc***"
# CHECK-NEXT: '00ab'
# CHECK-NEXT: [97, 241, 98]
