# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# try with rescue, catch, else and after.
try do
  f()
rescue
  e in [ArgumentError, RuntimeError] -> e
catch
  :throw, v -> v
else
  x -> x
after
  cleanup()
end
# CHECK: {:try, [], {{\[\[}}do: {:f, [], []}, rescue: [{:->, [], {{\[\[}}{:in, [], [{:e, [], nil}, [{:__aliases__, [], [:ArgumentError]}, {:__aliases__, [], [:RuntimeError]}]]}], {:e, [], nil}]}], catch: [{:->, [], {{\[\[}}:throw, {:v, [], nil}], {:v, [], nil}]}], else: [{:->, [], {{\[\[}}{:x, [], nil}], {:x, [], nil}]}], after: {:cleanup, [], []}]]}
