# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Maps with => and key: forms.
[%{}, %{"a" => 1, :b => 2}, %{c: 3, d: 4}, %{"k" => 1, e: 5}]
# CHECK: [{:%{}, [], []}, {:%{}, [], [{"a", 1}, {:b, 2}]}, {:%{}, [], [c: 3, d: 4]}, {:%{}, [], [{"k", 1}, {:e, 5}]}]
