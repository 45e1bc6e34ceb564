# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Keyword lists are lists of {atom, value}; keys may be quoted.
[[a: 1, b: 2], ["c d": 3], [1, e: 2], [do: 1, else: 2]]
# CHECK: {{\[\[}}a: 1, b: 2], ["c d": 3], [1, {:e, 2}], [do: 1, else: 2]]
