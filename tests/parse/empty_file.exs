# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# An empty file (only comments and newlines) is an empty __block__.

# nothing here
;
# CHECK: {:__block__, [], []}
