# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.myers_difference/2,3 and String.myers_difference/2 edit scripts.
IO.inspect List.myers_difference([1, 4, 2, 3], [1, 2, 3, 4])
IO.inspect List.myers_difference([1, 2, 3], [1, 3, 4])
IO.inspect List.myers_difference([], [1, 2])
IO.inspect List.myers_difference([1, 2], [])
IO.inspect List.myers_difference([1, 2], [1, 2])
IO.inspect List.myers_difference([0, 1, 2, 3, 0], [3, 0, 1, 0, 2])
IO.inspect List.myers_difference([2, 2, 1, 0], [0, 1, 2, 2, 2])
IO.inspect List.myers_difference(["a", "db", "c"], ["a", "bc"], &String.myers_difference/2)
IO.inspect String.myers_difference("abc", "adc")
IO.inspect String.myers_difference("fox hops over the dog", "fox jumps over the lazy cat")
IO.inspect String.myers_difference("héllo", "hello")
IO.inspect String.myers_difference("", "abc")
# CHECK: [eq: [1], del: [4], eq: [2, 3], ins: [4]]
# CHECK-NEXT: [eq: [1], del: [2], eq: [3], ins: [4]]
# CHECK-NEXT: [ins: [1, 2]]
# CHECK-NEXT: [del: [1, 2]]
# CHECK-NEXT: [eq: [1, 2]]
# CHECK-NEXT: [ins: [3], eq: [0, 1], del: [2, 3], eq: [0], ins: [2]]
# CHECK-NEXT: [ins: [0, 1], eq: [2, 2], del: [1, 0], ins: [2]]
# CHECK-NEXT: [eq: ["a"], diff: [del: "d", eq: "b", ins: "c"], del: ["c"]]
# CHECK-NEXT: [eq: "a", del: "b", ins: "d", eq: "c"]
# CHECK-NEXT: [
# CHECK-NEXT:   eq: "fox ",
# CHECK-NEXT:   del: "ho",
# CHECK-NEXT:   ins: "jum",
# CHECK-NEXT:   eq: "ps over the ",
# CHECK-NEXT:   del: "dog",
# CHECK-NEXT:   ins: "lazy cat"
# CHECK-NEXT: ]
# CHECK-NEXT: [eq: "h", del: "é", ins: "e", eq: "llo"]
# CHECK-NEXT: [ins: "abc"]
