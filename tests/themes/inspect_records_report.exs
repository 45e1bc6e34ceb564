# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Emp do
  defstruct [:id, :name, :dept, salary: 0, skills: [], manager: nil]
end
defmodule Report do
  def run do
    emps = [
      %Emp{id: 1, name: "Ann", dept: :eng, salary: 120_000, skills: ["elixir", "erlang", "rust"]},
      %Emp{id: 2, name: "Bob", dept: :eng, salary: 95_000, skills: ["js"], manager: 1},
      %Emp{id: 3, name: "Cy", dept: :ops, salary: 80_000, manager: 1},
      %Emp{id: 4, name: "Dee", dept: :sales, salary: 70_500.5, skills: ["negotiation", "crm"], manager: 3}
    ]
    IO.inspect(emps)
    IO.inspect(hd(emps), label: "first")
    IO.inspect(Enum.group_by(emps, & &1.dept, & &1.name))
    IO.inspect(Enum.map(emps, &Map.take(&1, [:id, :salary])))
    IO.inspect(Enum.map(emps, &{&1.name, &1.manager}), label: "managers")
    org = Enum.group_by(emps, & &1.manager)
    IO.inspect(Map.new(org, fn {m, es} -> {m, Enum.map(es, & &1.id)} end))
    IO.inspect(%{total: Enum.sum(Enum.map(emps, & &1.salary)), count: length(emps), depts: emps |> Enum.map(& &1.dept) |> Enum.uniq()})
    IO.inspect({:ok, Enum.find(emps, &(&1.dept == :ops))})
    IO.inspect([emps: Enum.take(emps, 1), more: length(emps) - 1])
    IO.inspect(Enum.map(emps, &Map.from_struct/1) |> Enum.at(3))
    IO.puts(inspect(Enum.at(emps, 1), pretty: true, width: 40))
    IO.inspect(emps |> Enum.map(& &1.skills) |> List.flatten() |> Enum.sort())
  end
end
Report.run()

# CHECK: [
# CHECK-NEXT:   %Emp{
# CHECK-NEXT:     id: 1,
# CHECK-NEXT:     name: "Ann",
# CHECK-NEXT:     dept: :eng,
# CHECK-NEXT:     salary: 120000,
# CHECK-NEXT:     skills: ["elixir", "erlang", "rust"],
# CHECK-NEXT:     manager: nil
# CHECK-NEXT:   },
# CHECK-NEXT:   %Emp{
# CHECK-NEXT:     id: 2,
# CHECK-NEXT:     name: "Bob",
# CHECK-NEXT:     dept: :eng,
# CHECK-NEXT:     salary: 95000,
# CHECK-NEXT:     skills: ["js"],
# CHECK-NEXT:     manager: 1
# CHECK-NEXT:   },
# CHECK-NEXT:   %Emp{id: 3, name: "Cy", dept: :ops, salary: 80000, skills: [], manager: 1},
# CHECK-NEXT:   %Emp{
# CHECK-NEXT:     id: 4,
# CHECK-NEXT:     name: "Dee",
# CHECK-NEXT:     dept: :sales,
# CHECK-NEXT:     salary: 70500.5,
# CHECK-NEXT:     skills: ["negotiation", "crm"],
# CHECK-NEXT:     manager: 3
# CHECK-NEXT:   }
# CHECK-NEXT: ]
# CHECK-NEXT: first: %Emp{
# CHECK-NEXT:   id: 1,
# CHECK-NEXT:   name: "Ann",
# CHECK-NEXT:   dept: :eng,
# CHECK-NEXT:   salary: 120000,
# CHECK-NEXT:   skills: ["elixir", "erlang", "rust"],
# CHECK-NEXT:   manager: nil
# CHECK-NEXT: }
# CHECK-NEXT: %{eng: ["Ann", "Bob"], ops: ["Cy"], sales: ["Dee"]}
# CHECK-NEXT: [
# CHECK-NEXT:   %{id: 1, salary: 120000},
# CHECK-NEXT:   %{id: 2, salary: 95000},
# CHECK-NEXT:   %{id: 3, salary: 80000},
# CHECK-NEXT:   %{id: 4, salary: 70500.5}
# CHECK-NEXT: ]
# CHECK-NEXT: managers: [{"Ann", nil}, {"Bob", 1}, {"Cy", 1}, {"Dee", 3}]
# CHECK-NEXT: %{1 => [2, 3], 3 => [4], nil => [1]}
# CHECK-NEXT: %{count: 4, depts: [:eng, :ops, :sales], total: 365500.5}
# CHECK-NEXT: {:ok,
# CHECK-NEXT:  %Emp{id: 3, name: "Cy", dept: :ops, salary: 80000, skills: [], manager: 1}}
# CHECK-NEXT: [
# CHECK-NEXT:   emps: [
# CHECK-NEXT:     %Emp{
# CHECK-NEXT:       id: 1,
# CHECK-NEXT:       name: "Ann",
# CHECK-NEXT:       dept: :eng,
# CHECK-NEXT:       salary: 120000,
# CHECK-NEXT:       skills: ["elixir", "erlang", "rust"],
# CHECK-NEXT:       manager: nil
# CHECK-NEXT:     }
# CHECK-NEXT:   ],
# CHECK-NEXT:   more: 3
# CHECK-NEXT: ]
# CHECK-NEXT: %{
# CHECK-NEXT:   dept: :sales,
# CHECK-NEXT:   id: 4,
# CHECK-NEXT:   manager: 3,
# CHECK-NEXT:   name: "Dee",
# CHECK-NEXT:   salary: 70500.5,
# CHECK-NEXT:   skills: ["negotiation", "crm"]
# CHECK-NEXT: }
# CHECK-NEXT: %Emp{
# CHECK-NEXT:   id: 2,
# CHECK-NEXT:   name: "Bob",
# CHECK-NEXT:   dept: :eng,
# CHECK-NEXT:   salary: 95000,
# CHECK-NEXT:   skills: ["js"],
# CHECK-NEXT:   manager: 1
# CHECK-NEXT: }
# CHECK-NEXT: ["crm", "elixir", "erlang", "js", "negotiation", "rust"]
