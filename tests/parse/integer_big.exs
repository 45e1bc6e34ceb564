# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Integers beyond 64 bits keep every digit.
{123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF}
# CHECK: {123456789012345678901234567890, 1208925819614629174706175}
