# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# for with generators, filters and options.
for x <- xs, y <- ys, x > y, into: %{}, do: {x, y}
# CHECK: {:for, [], [{:<-, [], [{:x, [], nil}, {:xs, [], nil}]}, {:<-, [], [{:y, [], nil}, {:ys, [], nil}]}, {:>, [], [{:x, [], nil}, {:y, [], nil}]}, [into: {:%{}, [], []}, do: {{\{\{}}:x, [], nil}, {:y, [], nil}}]]}
