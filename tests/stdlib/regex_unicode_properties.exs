# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Unicode properties in regexes: \p{..}, \P{..}, \pL, \p{^..}, inside classes, a few scripts.
IO.inspect Regex.match?(~r/^\p{Lu}/u, "Élan")
IO.inspect Regex.scan(~r/\p{L}+/u, "héllo wörld 123 日本語") |> List.flatten()
IO.inspect Regex.scan(~r/\p{Lu}/u, "Hello World ÀÉ") |> List.flatten()
IO.inspect Regex.scan(~r/\p{N}+/u, "a1b22c٣") |> List.flatten()
IO.inspect String.replace("Hello, World! ¿Qué?", ~r/\p{P}/u, "")
IO.inspect Regex.scan(~r/[\p{Lu}\d]/u, "aB3cD") |> List.flatten()
IO.inspect Regex.scan(~r/\P{L}/u, "ab1 c") |> List.flatten()
IO.inspect Regex.scan(~r/\pL/u, "x1y") |> List.flatten()
IO.inspect Regex.scan(~r/\p{Han}+/u, "漢字とかな") |> List.flatten()
IO.inspect Regex.scan(~r/\p{Hiragana}+/u, "漢字とかな") |> List.flatten()
IO.inspect Regex.match?(~r/^\p{Greek}+$/u, "αβγ")
IO.inspect Regex.scan(~r/\p{Cyrillic}+/u, "Привет мир hello") |> List.flatten()
IO.inspect Regex.scan(~r/\p{Latin}+/u, "Привет hello ñandú") |> List.flatten()
IO.inspect Regex.split(~r/\p{Z}+/u, "a b\u00A0c")
IO.inspect Regex.scan(~r/\p{Ll}+/u, "ABcdEF") |> List.flatten()
IO.inspect Regex.scan(~r/[^\p{L}\s]/u, "a-b c!") |> List.flatten()
IO.inspect Regex.scan(~r/\p{S}/u, "1 + 2 = 3 €") |> List.flatten()
IO.inspect Regex.match?(~r/\p{^Lu}/u, "A")
IO.inspect Regex.compile("\\p{Foo}")
IO.inspect Regex.scan(~r/\p{Xan}+/u, "ab12 cd") |> List.flatten()

# CHECK: true
# CHECK-NEXT: ["héllo", "wörld", "日本語"]
# CHECK-NEXT: ["H", "W", "À", "É"]
# CHECK-NEXT: ["1", "22", "٣"]
# CHECK-NEXT: "Hello World Qué"
# CHECK-NEXT: ["B", "3", "D"]
# CHECK-NEXT: ["1", " "]
# CHECK-NEXT: ["x", "y"]
# CHECK-NEXT: ["漢字"]
# CHECK-NEXT: ["とかな"]
# CHECK-NEXT: true
# CHECK-NEXT: ["Привет", "мир"]
# CHECK-NEXT: ["hello", "ñandú"]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: ["cd"]
# CHECK-NEXT: ["-", "!"]
# CHECK-NEXT: ["+", "=", "€"]
# CHECK-NEXT: false
# CHECK-NEXT: {:error, {'unknown property name after \\P or \\p', 6}}
# CHECK-NEXT: ["ab12", "cd"]
