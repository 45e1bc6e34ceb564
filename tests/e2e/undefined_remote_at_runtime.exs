# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Calling an undefined function of another module fails only when the call runs.
IO.puts("before")
try do
  NoSuchModule.call(1)
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end

# CHECK: before
# CHECK-NEXT: function NoSuchModule.call/1 is undefined (module NoSuchModule is not available)
