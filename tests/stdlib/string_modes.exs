# RUN: %athanor run %s | FileCheck --match-full-lines %s
# String.upcase/2, downcase/2 and capitalize/2 with :ascii, :greek and :turkic modes.
IO.inspect String.upcase("olá", :ascii)
IO.inspect String.downcase("OLÁ", :ascii)
IO.inspect String.capitalize("élan", :ascii)
IO.inspect String.capitalize("abc DEF", :ascii)
IO.inspect String.upcase("iı", :turkic)
IO.inspect String.downcase("Iİ", :turkic)
IO.inspect String.capitalize("iyi", :turkic)
IO.inspect String.downcase("ΣΑΣ ΟΔΟΣ", :greek)
IO.inspect String.upcase("abc", :default)
IO.inspect String.downcase("ABC", :default)
# CHECK: "OLá"
# CHECK-NEXT: "olÁ"
# CHECK-NEXT: "élan"
# CHECK-NEXT: "Abc def"
# CHECK-NEXT: "İI"
# CHECK-NEXT: "ıi"
# CHECK-NEXT: "İyi"
# CHECK-NEXT: "σας οδος"
# CHECK-NEXT: "ABC"
# CHECK-NEXT: "abc"
