# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# defstruct and defexception.
defstruct [:a, b: 1]
defexception message: "boom"
# CHECK: {:__block__, [], [{:defstruct, [], {{\[\[}}:a, {:b, 1}]]}, {:defexception, [], {{\[\[}}message: "boom"]]}]}
