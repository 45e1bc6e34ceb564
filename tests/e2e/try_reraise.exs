# RUN: %athanor run %s | FileCheck --match-full-lines %s
# reraise keeps the exception; the outer rescue sees it.
try do
  try do
    raise "inner"
  rescue
    e -> reraise e, __STACKTRACE__
  end
rescue
  e in RuntimeError -> IO.puts("outer got: " <> e.message)
end

# CHECK: outer got: inner
