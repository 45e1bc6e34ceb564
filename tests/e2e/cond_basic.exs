# RUN: %athanor run %s | FileCheck --match-full-lines %s
# cond picks the first truthy condition.
grade = fn n ->
  cond do
    n >= 90 -> "A"
    n >= 80 -> "B"
    true -> "C"
  end
end
IO.puts(Enum.map_join([95, 85, 10], " ", grade))

# CHECK: A B C
