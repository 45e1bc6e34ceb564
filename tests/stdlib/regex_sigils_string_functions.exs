# RUN: %athanor run %s | FileCheck --match-full-lines %s
# ~r and ~R sigils (with interpolation and modifiers) build %Regex{} values that inspect
# as Elixir prints them; String.split/replace/match? and =~ take them.
IO.inspect("hello world" =~ ~r/wor/)
IO.inspect("hello world" =~ "wor")
IO.inspect("Hello" =~ ~r/^h/i)
IO.inspect(String.split("a1b22c333", ~r/\d+/))
IO.inspect(String.split("a, b,c", ~r/,\s*/, trim: true))
IO.inspect(String.split("x--y---z", ~r/-+/, parts: 2))
IO.inspect(String.replace("a1b22c333", ~r/\d+/, "-"))
IO.inspect(String.replace("aaa", ~r/a/, "b", global: false))
IO.inspect(String.replace("2024-01-31", ~r/(\d+)-(\d+)-(\d+)/, "\\3/\\2/\\1"))
IO.inspect(String.match?("abc", ~r/^a/))
IO.inspect(String.match?("x", ~r/y/))
IO.inspect(Regex.run(~r/(\d+)-(\d+)/, "tel 12-34"))
IO.inspect(Regex.named_captures(~r/(?<user>\w+)@(?<host>\w+)/, "me@example"))
sep = "[;|]"
IO.inspect(String.split("a;b|c", ~r/#{sep}/))
IO.inspect([~r/a\/b\n[0-9]+/i, ~R/a\d/, ~r/x y/u])
IO.inspect(Regex.source(~r/\s+$/))
IO.inspect(String.replace("hello", "l", "L"))
IO.inspect(String.split("a,b", ","))

# CHECK: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: ["a", "b", "c", ""]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: ["x", "y---z"]
# CHECK-NEXT: "a-b-c-"
# CHECK-NEXT: "baa"
# CHECK-NEXT: "31/01/2024"
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: ["12-34", "12", "34"]
# CHECK-NEXT: %{"host" => "example", "user" => "me"}
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: [~r/a\/b\n[0-9]+/i, ~r/a\d/, ~r/x y/u]
# CHECK-NEXT: "\\s+$"
# CHECK-NEXT: "heLLo"
# CHECK-NEXT: ["a", "b"]
