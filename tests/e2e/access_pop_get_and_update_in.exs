# RUN: %athanor run %s | FileCheck --match-full-lines %s
# pop_in/1 and get_and_update_in/2 with a path written as nested access.
data = %{user: %{name: "ann", tags: %{admin: true, dev: false}}}
IO.inspect(pop_in(data[:user][:tags][:admin]))
IO.inspect(get_and_update_in(data[:user][:name], fn v -> {v, String.upcase(v)} end))
IO.inspect(get_and_update_in(data.user.name, fn v -> {byte_size(v), v <> "!"} end))
IO.inspect(pop_in(data, [:user, :name]))

# CHECK: {true, %{user: %{name: "ann", tags: %{dev: false}}}}
# CHECK-NEXT: {"ann", %{user: %{name: "ANN", tags: %{admin: true, dev: false}}}}
# CHECK-NEXT: {3, %{user: %{name: "ann!", tags: %{admin: true, dev: false}}}}
# CHECK-NEXT: {"ann", %{user: %{tags: %{admin: true, dev: false}}}}
