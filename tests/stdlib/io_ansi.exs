# RUN: %athanor run %s | FileCheck --match-full-lines %s
# IO.ANSI escape sequences, format/1,2 and format_fragment/1,2.
IO.inspect IO.ANSI.red(); IO.inspect IO.ANSI.reset(); IO.inspect IO.ANSI.enabled?()
IO.inspect IO.ANSI.format([:red, "x", :reset])
IO.inspect IO.ANSI.format([:red, "x"], true)
IO.inspect IO.ANSI.format([:red, "x"], false)
IO.inspect IO.ANSI.format_fragment([:red, "x"], true)
IO.inspect IO.ANSI.format([:green, [:bright, "a"], "b"], true)
IO.inspect IO.ANSI.color(1, 2, 3); IO.inspect IO.ANSI.color(100); IO.inspect IO.ANSI.color_background(5)
IO.inspect IO.ANSI.cursor(1, 2); IO.inspect IO.ANSI.cursor_up(3); IO.inspect IO.ANSI.clear(); IO.inspect IO.ANSI.home()
IO.inspect IO.ANSI.light_blue_background(); IO.inspect IO.ANSI.font_1(); IO.inspect IO.ANSI.syntax_colors()
IO.inspect (try do IO.ANSI.format([:nope], true) rescue e -> e end)
IO.inspect IO.ANSI.format([:red, "x", :reset], true)
IO.inspect IO.ANSI.format([:red, "x", :reset, "y"], true)
IO.inspect IO.ANSI.format([?a, :red, ?b], true)
IO.inspect IO.ANSI.format("plain", true)
IO.inspect IO.ANSI.format([], true)
IO.inspect IO.ANSI.format(["a", "b"], true)
IO.inspect IO.ANSI.format_fragment([:red, "x", :reset], true)
IO.inspect IO.ANSI.format([:red | "x"], true)
IO.inspect IO.ANSI.format([:reset], true)
IO.inspect IO.ANSI.format(:red, true)
IO.inspect IO.ANSI.cursor_up(); IO.inspect IO.ANSI.blink_slow(); IO.inspect IO.ANSI.color(5, 5, 5)
IO.puts IO.ANSI.format([:blue, "blue text"], true)
# CHECK: "\e[31m"
# CHECK-NEXT: "\e[0m"
# CHECK-NEXT: false
# CHECK-NEXT: {{\[\[}}], "x"]
# CHECK-NEXT: {{\[\[}}{{\[\[}}] | "\e[31m"], "x"] | "\e[0m"]
# CHECK-NEXT: {{\[\[}}], "x"]
# CHECK-NEXT: {{\[\[}}[] | "\e[31m"], "x"]
# CHECK-NEXT: {{\[\[}}{{\[\[}}{{\[\[}}] | "\e[32m"] | "\e[1m"], "a"], "b"] | "\e[0m"]
# CHECK-NEXT: "\e[38;5;67m"
# CHECK-NEXT: "\e[38;5;100m"
# CHECK-NEXT: "\e[48;5;5m"
# CHECK-NEXT: "\e[1;2H"
# CHECK-NEXT: "\e[3A"
# CHECK-NEXT: "\e[2J"
# CHECK-NEXT: "\e[H"
# CHECK-NEXT: "\e[104m"
# CHECK-NEXT: "\e[11m"
# CHECK-NEXT: [
# CHECK-NEXT:   atom: :cyan,
# CHECK-NEXT:   binary: :default_color,
# CHECK-NEXT:   boolean: :magenta,
# CHECK-NEXT:   charlist: :yellow,
# CHECK-NEXT:   list: :default_color,
# CHECK-NEXT:   map: :default_color,
# CHECK-NEXT:   nil: :magenta,
# CHECK-NEXT:   number: :yellow,
# CHECK-NEXT:   string: :green,
# CHECK-NEXT:   tuple: :default_color
# CHECK-NEXT: ]
# CHECK-NEXT: %ArgumentError{message: "invalid ANSI sequence specification: :nope"}
# CHECK-NEXT: {{\[\[}}{{\[\[}}[] | "\e[31m"], "x"] | "\e[0m"] | "\e[0m"]
# CHECK-NEXT: {{\[\[}}{{\[\[}}{{\[\[}}] | "\e[31m"], "x"] | "\e[0m"], "y"] | "\e[0m"]
# CHECK-NEXT: {{\[\[}}{{\[\[}}[], 97] | "\e[31m"], 98] | "\e[0m"]
# CHECK-NEXT: {{\[\[}}], "plain"]
# CHECK-NEXT: []
# CHECK-NEXT: {{\[\[}}[], "a"], "b"]
# CHECK-NEXT: {{\[\[}}{{\[\[}}] | "\e[31m"], "x"] | "\e[0m"]
# CHECK-NEXT: {{\[\[}}{{\[\[}}] | "\e[31m"], "x"] | "\e[0m"]
# CHECK-NEXT: {{\[\[}}[] | "\e[0m"] | "\e[0m"]
# CHECK-NEXT: {{\[\[}}[] | "\e[31m"] | "\e[0m"]
# CHECK-NEXT: "\e[1A"
# CHECK-NEXT: "\e[5m"
# CHECK-NEXT: "\e[38;5;231m"
# CHECK-NEXT: [34mblue text[0m
