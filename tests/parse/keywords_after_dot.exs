# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Reserved words after a dot are plain names.
[m.do, m.end, m.true, m.when]
# CHECK: [{{\{\{}}:., [], [{:m, [], nil}, :do]}, [], []}, {{\{\{}}:., [], [{:m, [], nil}, :end]}, [], []}, {{\{\{}}:., [], [{:m, [], nil}, true]}, [], []}, {{\{\{}}:., [], [{:m, [], nil}, :when]}, [], []}]
