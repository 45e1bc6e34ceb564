# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# In `foo bar do ... end` the block belongs to foo.
foo bar do
  :ok
end
# CHECK: {:foo, [], [{:bar, [], nil}, [do: :ok]]}
