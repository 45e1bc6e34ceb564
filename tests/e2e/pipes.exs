# RUN: %athanor run %s | FileCheck --match-full-lines %s
# The pipe operator inserts the value as the first argument.
"  Hello World  "
|> String.trim()
|> String.downcase()
|> String.split()
|> Enum.map(&String.capitalize/1)
|> Enum.join("-")
|> IO.puts()

# CHECK: Hello-World
