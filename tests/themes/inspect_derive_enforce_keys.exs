# RUN: %athanor run %s | FileCheck --match-full-lines %s
# @derive {Inspect, only: / except:} prints #Name<shown fields, ...> (a derive that hides
# nothing keeps %Name{...}); @enforce_keys is checked by struct!/2.
defmodule User do
  @derive {Inspect, only: [:name, :email]}
  defstruct [:id, :name, :email, :password]
end
defmodule Acct do
  @derive {Inspect, except: [:secret]}
  defstruct [:id, :secret, balance: 0]
end
defmodule All do
  @derive {Inspect, only: [:a, :b]}
  defstruct [:a, :b]
end
defmodule Plain do
  @derive Inspect
  defstruct [:a]
end
defmodule Listed do
  @derive [{Inspect, only: [:x]}]
  defstruct [:x, :y]
end
defmodule Main1 do
  def run do
    IO.inspect %User{id: 1, name: "Ann", email: "a@x.com", password: "pw"}
    IO.inspect %Acct{id: 2, secret: "s", balance: 10}
    IO.inspect %All{a: 1, b: 2}
    IO.inspect %Plain{a: 1}
    IO.inspect %Listed{x: 1, y: 2}
    IO.inspect [%User{name: String.duplicate("n", 50), email: String.duplicate("e", 40)}]
    IO.puts inspect(%User{name: "x"})
    IO.inspect %User{name: "x"}, structs: false
    IO.inspect %User{name: "x", email: "y"}, limit: 1
    IO.inspect {:ok, %Acct{id: 9}}
    IO.inspect Map.put(%User{}, :extra, 1)
    IO.puts "#{inspect(%Acct{})}"
  end
end
Main1.run()
defmodule Order2 do
  @enforce_keys [:id, :customer]
  defstruct [:id, :customer, items: [], status: :new]
end
defmodule One2 do
  @enforce_keys :name
  defstruct [:name, :x]
end
defmodule Main2 do
  def run do
    IO.inspect struct!(Order2, id: 1, customer: "ann")
    try do
      struct!(Order2, id: 1)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    try do
      struct!(One2, x: 1)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    IO.inspect struct!(One2, name: "n")
    IO.inspect struct(Order2, id: 2)
    IO.inspect %Order2{id: 3, customer: "bob"}
  end
end
Main2.run()

# CHECK: #User<name: "Ann", email: "a@x.com", ...>
# CHECK-NEXT: #Acct<id: 2, balance: 10, ...>
# CHECK-NEXT: %All{a: 1, b: 2}
# CHECK-NEXT: %Plain{a: 1}
# CHECK-NEXT: #Listed<x: 1, ...>
# CHECK-NEXT: [
# CHECK-NEXT:   #User<
# CHECK-NEXT:     name: "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn",
# CHECK-NEXT:     email: "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
# CHECK-NEXT:     ...
# CHECK-NEXT:   >
# CHECK-NEXT: ]
# CHECK-NEXT: #User<name: "x", email: nil, ...>
# CHECK-NEXT: %{__struct__: User, email: nil, id: nil, name: "x", password: nil}
# CHECK-NEXT: #User<name: "x", ...>
# CHECK-NEXT: {:ok, #Acct<id: 9, balance: 0, ...>}
# CHECK-NEXT: #User<name: nil, email: nil, ...>
# CHECK-NEXT: #Acct<id: nil, balance: 0, ...>
# CHECK-NEXT: %Order2{id: 1, customer: "ann", items: [], status: :new}
# CHECK-NEXT: the following keys must also be given when building struct Order2: [:customer]
# CHECK-NEXT: the following keys must also be given when building struct One2: [:name]
# CHECK-NEXT: %One2{name: "n", x: nil}
# CHECK-NEXT: %Order2{id: 2, customer: nil, items: [], status: :new}
# CHECK-NEXT: %Order2{id: 3, customer: "bob", items: [], status: :new}
