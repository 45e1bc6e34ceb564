defmodule Greet do
  def hi(name, greeting \\ "Hello", punct \\ "!"), do: greeting <> ", " <> name <> punct
end
IO.puts(Greet.hi("Ann"))
IO.puts(Greet.hi("Bob", "Hi"))
IO.puts(Greet.hi("Cy", "Yo", "?"))
