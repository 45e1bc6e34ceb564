# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Macro.underscore/1 and Macro.camelize/1, the string case conversions.
for s <- ["CamelCase", "HTTPServer", "MyApp.HTTPServer", "already_snake", "A1B2", "ABCdef", "fooBar_Baz", "X", "", "Foo__Bar", "SHA256Hash", "iOS", "A.B.C", "ab_Cd"] do
  IO.inspect({s, Macro.underscore(s)})
end
IO.inspect(Macro.underscore(MyApp.WebServer))
for s <- ["snake_case", "my_app/http_server", "_private", "a__b", "x_1_y", "trailing_", "Already", "foo_bar_baz", "a/b/c", "é_x", ""] do
  IO.inspect({s, Macro.camelize(s)})
end

# CHECK: {"CamelCase", "camel_case"}
# CHECK-NEXT: {"HTTPServer", "http_server"}
# CHECK-NEXT: {"MyApp.HTTPServer", "my_app/http_server"}
# CHECK-NEXT: {"already_snake", "already_snake"}
# CHECK-NEXT: {"A1B2", "a1_b2"}
# CHECK-NEXT: {"ABCdef", "ab_cdef"}
# CHECK-NEXT: {"fooBar_Baz", "foo_bar__baz"}
# CHECK-NEXT: {"X", "x"}
# CHECK-NEXT: {"", ""}
# CHECK-NEXT: {"Foo__Bar", "foo___bar"}
# CHECK-NEXT: {"SHA256Hash", "sha256_hash"}
# CHECK-NEXT: {"iOS", "i_os"}
# CHECK-NEXT: {"A.B.C", "a/b/c"}
# CHECK-NEXT: {"ab_Cd", "ab__cd"}
# CHECK-NEXT: "my_app/web_server"
# CHECK-NEXT: {"snake_case", "SnakeCase"}
# CHECK-NEXT: {"my_app/http_server", "MyApp.HttpServer"}
# CHECK-NEXT: {"_private", "Private"}
# CHECK-NEXT: {"a__b", "AB"}
# CHECK-NEXT: {"x_1_y", "X1Y"}
# CHECK-NEXT: {"trailing_", "Trailing"}
# CHECK-NEXT: {"Already", "Already"}
# CHECK-NEXT: {"foo_bar_baz", "FooBarBaz"}
# CHECK-NEXT: {"a/b/c", "A.B.C"}
# CHECK-NEXT: {"é_x", "éX"}
# CHECK-NEXT: {"", ""}
