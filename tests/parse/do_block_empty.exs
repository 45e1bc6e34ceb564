# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Empty do and else bodies are empty blocks.
foo do
else
end
# CHECK: {:foo, [], {{\[\[}}do: {:__block__, [], []}, else: {:__block__, [], []}]]}
