# Regenerates the expected results of the BIF case files with real Elixir:
#     elixir tests/unit/cases/gen_expected.exs tests/unit/cases/*.cases
# Each non-blank, non-comment line of X.cases is one call in Elixir syntax; the matching
# line of X.expected is what Elixir returns for it, in the form bif_test_support.cpp's
# describeResult prints: "ok <inspect>", "error <Exception> <inspect(message)>",
# "throw <inspect>", "exit <inspect>".
for path <- System.argv() do
  lines =
    path
    |> File.read!()
    |> String.split("\n")
    |> Enum.reject(&(String.trim(&1) == "" or String.starts_with?(&1, "#")))

  results =
    for line <- lines do
      try do
        {value, _} = Code.eval_string(line)
        "ok " <> inspect(value)
      rescue
        e -> "error " <> inspect(e.__struct__) <> " " <> inspect(Exception.message(e))
      catch
        :throw, v -> "throw " <> inspect(v)
        :exit, v -> "exit " <> inspect(v)
      end
    end

  File.write!(Path.rootname(path) <> ".expected", Enum.join(results, "\n") <> "\n")
end
