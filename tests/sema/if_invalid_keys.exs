# RUN: not %athanor run %s 2>&1 | FileCheck %s
# `if` takes `do` and an optional `else`, nothing else and nothing twice.
x = 3
if x > 2 do
# CHECK: if_invalid_keys.exs:[[@LINE-1]]:1: error: invalid or duplicate keys for if, only "do" and an optional "else" are permitted
  :big
else
  :small
else
  :other
end
unless x > 2, else: :no
# CHECK: if_invalid_keys.exs:[[@LINE-1]]:1: error: invalid or duplicate keys for unless, only "do" and an optional "else" are permitted
IO.puts(if x > 2, do: "ok")
