# RUN: %athanor run %s | FileCheck --match-full-lines %s
# put_in/update_in/get_in with field and key paths.
data = %{users: %{"ann" => %{age: 31}}}
IO.inspect(put_in(data.users["ann"].age, 32))
IO.inspect(update_in(data.users["ann"].age, &(&1 + 10)))
IO.inspect(get_in(data, [:users, "ann", :age]))

# CHECK: %{users: %{"ann" => %{age: 32}}}
# CHECK-NEXT: %{users: %{"ann" => %{age: 41}}}
# CHECK-NEXT: 31
