# RUN: %athanor run %s | FileCheck --match-full-lines %s
# System.user_home/0 and System.tmp_dir/0 come from the environment.
IO.inspect System.user_home() == System.get_env("HOME")
IO.inspect is_binary(System.tmp_dir())
IO.inspect is_binary(System.tmp_dir!())
# CHECK: true
# CHECK-NEXT: true
# CHECK-NEXT: true
