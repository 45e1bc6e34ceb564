# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Operators directly followed by `: ` are keyword keys.
import Kernel, except: [+: 2, ||: 2]
# CHECK: {:import, [], [{:__aliases__, [], [:Kernel]}, [except: [+: 2, ||: 2]]]}
