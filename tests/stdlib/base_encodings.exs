# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Base.encode16/32/64 and their decoders, with options and error messages.
IO.inspect Base.encode16("hello"); IO.inspect Base.encode16("hello", case: :lower)
IO.inspect Base.decode16("68656C6C6F"); IO.inspect Base.decode16("68656c6c6f"); IO.inspect Base.decode16("68656c6c6f", case: :lower); IO.inspect Base.decode16("68656c6C6f", case: :mixed)
IO.inspect Base.decode16("6"); IO.inspect Base.decode16("zz")
IO.inspect (try do Base.decode16!("zz") rescue e -> e end)
IO.inspect (try do Base.decode16!("6") rescue e -> e end)
IO.inspect Base.encode64("Elixir rocks!"); IO.inspect Base.encode64("ab"); IO.inspect Base.encode64("ab", padding: false); IO.inspect Base.encode64(<<255, 254, 253>>)
IO.inspect Base.decode64("RWxpeGlyIHJvY2tzIQ=="); IO.inspect Base.decode64("YWI="); IO.inspect Base.decode64("YWI"); IO.inspect Base.decode64("YWI", padding: false)
IO.inspect Base.decode64("Y W I=", ignore: :whitespace); IO.inspect Base.decode64("!!!!")
IO.inspect (try do Base.decode64!("!!!!") rescue e -> e end)
IO.inspect (try do Base.decode64!("YWI") rescue e -> e end)
IO.inspect Base.url_encode64(<<255, 254, 253, 252>>); IO.inspect Base.url_decode64("__79_A=="); IO.inspect Base.url_encode64(<<255, 254, 253, 252>>, padding: false)
IO.inspect Base.encode32("foobar"); IO.inspect Base.decode32("MZXW6YTBOI======"); IO.inspect Base.encode32("foobar", case: :lower, padding: false)
IO.inspect Base.hex_encode32("foobar"); IO.inspect Base.hex_decode32!("CPNMUOJ1E8======")
IO.inspect Base.decode64!("RWxpeGlyIHJvY2tzIQ==")
IO.inspect Base.encode16(""); IO.inspect Base.decode64("")
for s <- ["", "f", "fo", "foo", "foob", "fooba", "foobar", <<0, 255, 128>>] do
  IO.inspect {Base.encode64(s), Base.encode32(s), Base.encode16(s), Base.url_encode64(s, padding: false), Base.hex_encode32(s, padding: false)}
  IO.inspect {Base.decode64!(Base.encode64(s)) == s, Base.decode32!(Base.encode32(s)) == s, Base.decode16!(Base.encode16(s)) == s}
end
# CHECK: "68656C6C6F"
# CHECK-NEXT: "68656c6c6f"
# CHECK-NEXT: {:ok, "hello"}
# CHECK-NEXT: :error
# CHECK-NEXT: {:ok, "hello"}
# CHECK-NEXT: {:ok, "hello"}
# CHECK-NEXT: :error
# CHECK-NEXT: :error
# CHECK-NEXT: %ArgumentError{message: "non-alphabet character found: \"z\" (byte 122)"}
# CHECK-NEXT: %ArgumentError{
# CHECK-NEXT:   message: "string given to decode has wrong length. An even number of bytes was expected, got: 1. Double check your string for unwanted characters or pad it accordingly"
# CHECK-NEXT: }
# CHECK-NEXT: "RWxpeGlyIHJvY2tzIQ=="
# CHECK-NEXT: "YWI="
# CHECK-NEXT: "YWI"
# CHECK-NEXT: "//79"
# CHECK-NEXT: {:ok, "Elixir rocks!"}
# CHECK-NEXT: {:ok, "ab"}
# CHECK-NEXT: :error
# CHECK-NEXT: {:ok, "ab"}
# CHECK-NEXT: {:ok, "ab"}
# CHECK-NEXT: :error
# CHECK-NEXT: %ArgumentError{message: "non-alphabet character found: \"!\" (byte 33)"}
# CHECK-NEXT: %ArgumentError{message: "incorrect padding"}
# CHECK-NEXT: "__79_A=="
# CHECK-NEXT: {:ok, <<255, 254, 253, 252>>}
# CHECK-NEXT: "__79_A"
# CHECK-NEXT: "MZXW6YTBOI======"
# CHECK-NEXT: {:ok, "foobar"}
# CHECK-NEXT: "mzxw6ytboi"
# CHECK-NEXT: "CPNMUOJ1E8======"
# CHECK-NEXT: "foobar"
# CHECK-NEXT: "Elixir rocks!"
# CHECK-NEXT: ""
# CHECK-NEXT: {:ok, ""}
# CHECK-NEXT: {"", "", "", "", ""}
# CHECK-NEXT: {true, true, true}
# CHECK-NEXT: {"Zg==", "MY======", "66", "Zg", "CO"}
# CHECK-NEXT: {true, true, true}
# CHECK-NEXT: {"Zm8=", "MZXQ====", "666F", "Zm8", "CPNG"}
# CHECK-NEXT: {true, true, true}
# CHECK-NEXT: {"Zm9v", "MZXW6===", "666F6F", "Zm9v", "CPNMU"}
# CHECK-NEXT: {true, true, true}
# CHECK-NEXT: {"Zm9vYg==", "MZXW6YQ=", "666F6F62", "Zm9vYg", "CPNMUOG"}
# CHECK-NEXT: {true, true, true}
# CHECK-NEXT: {"Zm9vYmE=", "MZXW6YTB", "666F6F6261", "Zm9vYmE", "CPNMUOJ1"}
# CHECK-NEXT: {true, true, true}
# CHECK-NEXT: {"Zm9vYmFy", "MZXW6YTBOI======", "666F6F626172", "Zm9vYmFy", "CPNMUOJ1E8"}
# CHECK-NEXT: {true, true, true}
# CHECK-NEXT: {"AP+A", "AD7YA===", "00FF80", "AP-A", "03VO0"}
# CHECK-NEXT: {true, true, true}
