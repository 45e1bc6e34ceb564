# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Strings are UTF-8 bytes; printable Unicode prints as is.
"héllo wörld 日本"
# CHECK: "héllo wörld 日本"
