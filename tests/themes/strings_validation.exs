# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Validate do
  @digits ~w(0 1 2 3 4 5 6 7 8 9)
  def email(s) do
    case String.split(s, "@") do
      [local, domain] when local != "" and domain != "" ->
        cond do
          not String.contains?(domain, ".") -> {:error, :no_tld}
          String.starts_with?(domain, ".") or String.ends_with?(domain, ".") -> {:error, :bad_domain}
          String.length(local) > 10 -> {:error, :local_too_long}
          true -> {:ok, String.downcase(s)}
        end
      _ -> {:error, :format}
    end
  end
  def password(p) do
    checks = [
      {String.length(p) >= 8, :too_short},
      {p != String.downcase(p), :no_upper},
      {p != String.upcase(p), :no_lower},
      {Enum.any?(String.graphemes(p), &(&1 in @digits)), :no_digit}
    ]
    case for({false, e} <- checks, do: e) do
      [] -> :ok
      errs -> {:error, errs}
    end
  end
  def phone(s) do
    digits = s |> String.graphemes() |> Enum.filter(&(&1 in @digits))
    case digits do
      [a, b, c, d, e, f | rest] when length(rest) == 4 -> {:ok, "(#{a}#{b}#{c}) #{d}#{e}#{f}-#{Enum.join(rest)}"}
      _ -> {:error, {:digits, length(digits)}}
    end
  end
  def isbn10?(s) do
    chars = s |> String.replace("-", "") |> String.graphemes()
    with 10 <- length(chars),
         {nums, [last]} <- Enum.split(chars, 9),
         true <- Enum.all?(nums, &(&1 in @digits)),
         true <- last in @digits or last == "X" do
      vals = Enum.map(nums, &String.to_integer/1) ++ [if(last == "X", do: 10, else: String.to_integer(last))]
      sum = vals |> Enum.with_index() |> Enum.map(fn {v, i} -> v * (10 - i) end) |> Enum.sum()
      rem(sum, 11) == 0
    else
      _ -> false
    end
  end
end
for e <- ["Ann@Example.com", "bad", "a@b", "@x.com", "x@.com", "x@com.", "averyveryverylong@x.io", "a@b@c.d"] do
  IO.inspect({e, Validate.email(e)})
end
for p <- ["short", "alllowercase1", "ALLUPPER1", "NoDigitsHere", "Good1Pass", "Ünïcödé9x"] do
  IO.inspect({p, Validate.password(p)})
end
for ph <- ["555-123-4567", "(555) 123 4567", "12345", "555.123.45678"] do
  IO.inspect({ph, Validate.phone(ph)})
end
for i <- ["0-306-40615-2", "0306406153", "0-8044-2957-X", "123", "03064061X2"] do
  IO.inspect({i, Validate.isbn10?(i)})
end

# CHECK: {"Ann@Example.com", {:ok, "ann@example.com"}}
# CHECK-NEXT: {"bad", {:error, :format}}
# CHECK-NEXT: {"a@b", {:error, :no_tld}}
# CHECK-NEXT: {"@x.com", {:error, :format}}
# CHECK-NEXT: {"x@.com", {:error, :bad_domain}}
# CHECK-NEXT: {"x@com.", {:error, :bad_domain}}
# CHECK-NEXT: {"averyveryverylong@x.io", {:error, :local_too_long}}
# CHECK-NEXT: {"a@b@c.d", {:error, :format}}
# CHECK-NEXT: {"short", {:error, [:too_short, :no_upper, :no_digit]}}
# CHECK-NEXT: {"alllowercase1", {:error, [:no_upper]}}
# CHECK-NEXT: {"ALLUPPER1", {:error, [:no_lower]}}
# CHECK-NEXT: {"NoDigitsHere", {:error, [:no_digit]}}
# CHECK-NEXT: {"Good1Pass", :ok}
# CHECK-NEXT: {"Ünïcödé9x", :ok}
# CHECK-NEXT: {"555-123-4567", {:ok, "(555) 123-4567"}}
# CHECK-NEXT: {"(555) 123 4567", {:ok, "(555) 123-4567"}}
# CHECK-NEXT: {"12345", {:error, {:digits, 5}}}
# CHECK-NEXT: {"555.123.45678", {:error, {:digits, 11}}}
# CHECK-NEXT: {"0-306-40615-2", true}
# CHECK-NEXT: {"0306406153", false}
# CHECK-NEXT: {"0-8044-2957-X", true}
# CHECK-NEXT: {"123", false}
# CHECK-NEXT: {"03064061X2", false}
