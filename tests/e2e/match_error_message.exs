# RUN: %athanor run %s | FileCheck --match-full-lines %s
# A failed match raises MatchError with the value.
try do
  {:ok, v} = {:error, :nope}
  IO.inspect(v)
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end

# CHECK: no match of right hand side value: {:error, :nope}
