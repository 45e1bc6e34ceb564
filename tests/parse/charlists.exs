# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Charlists are lists of code points; interpolated ones call List.to_charlist.
['abc', 'é', 'a#{x}b']
# CHECK: {{\[\[}}97, 98, 99], [233], {{\{\{}}:., [], [List, :to_charlist]}, [], {{\[\[}}"a", {{\{\{}}:., [], [Kernel, :to_string]}, [], [{:x, [], nil}]}, "b"]]}]
