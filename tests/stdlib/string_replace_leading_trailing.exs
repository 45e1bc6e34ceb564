# RUN: %athanor run %s | FileCheck --match-full-lines %s
# String.replace_leading/3 and String.replace_trailing/3.
IO.inspect String.replace_leading("hello world", "hello ", "")
IO.inspect String.replace_leading("hello hello world", "hello ", "")
IO.inspect String.replace_leading("hello world", "hello ", "ola ")
IO.inspect String.replace_leading("hello hello world", "hello ", "ola ")
IO.inspect String.replace_leading("aaab", "a", "xy")
IO.inspect String.replace_leading("abc", "x", "y")
IO.inspect String.replace_trailing("hello world", " world", "")
IO.inspect String.replace_trailing("hello world world", " world", "")
IO.inspect String.replace_trailing("hello world world", " world", " mundo")
IO.inspect String.replace_trailing("abcbc", "bc", "x")
IO.inspect String.replace_trailing("", "a", "b")
try do
  String.replace_leading("aaa", "", "x")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
# CHECK: "world"
# CHECK-NEXT: "world"
# CHECK-NEXT: "ola world"
# CHECK-NEXT: "ola ola world"
# CHECK-NEXT: "xyxyxyb"
# CHECK-NEXT: "abc"
# CHECK-NEXT: "hello"
# CHECK-NEXT: "hello"
# CHECK-NEXT: "hello mundo mundo"
# CHECK-NEXT: "axx"
# CHECK-NEXT: ""
# CHECK-NEXT: cannot use an empty string as the match to replace
