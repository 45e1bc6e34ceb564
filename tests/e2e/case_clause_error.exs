# RUN: %athanor run %s | FileCheck --match-full-lines %s
# No matching case clause raises CaseClauseError.
try do
  case 5 do
    1 -> :one
  end
rescue
  e -> IO.puts(Exception.message(e))
end

# CHECK: no case clause matching: 5
