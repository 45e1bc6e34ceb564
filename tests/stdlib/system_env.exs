# RUN: %athanor run %s | FileCheck --match-full-lines %s
# System.get_env/1,2, fetch_env/1, fetch_env!/1, argv/0, version/0 and friends.
IO.inspect is_binary(System.get_env("PATH"))
IO.inspect System.get_env("ATHANOR_SURELY_UNSET_VAR")
IO.inspect System.get_env("ATHANOR_SURELY_UNSET_VAR", "default")
IO.inspect System.fetch_env("ATHANOR_SURELY_UNSET_VAR")
IO.inspect match?({:ok, _}, System.fetch_env("PATH"))
IO.inspect System.argv()
IO.inspect System.version()
IO.inspect System.endianness()
IO.inspect System.schedulers_online() >= 1
try do
  System.fetch_env!("ATHANOR_SURELY_UNSET_VAR")
rescue
  e in System.EnvError -> IO.puts(Exception.message(e))
end
# CHECK: true
# CHECK-NEXT: nil
# CHECK-NEXT: "default"
# CHECK-NEXT: :error
# CHECK-NEXT: true
# CHECK-NEXT: []
# CHECK-NEXT: "1.14.0"
# CHECK-NEXT: :little
# CHECK-NEXT: true
# CHECK-NEXT: could not fetch environment variable "ATHANOR_SURELY_UNSET_VAR" because it is not set
