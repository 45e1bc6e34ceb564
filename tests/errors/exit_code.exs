# RUN: %athanor build --emit=quoted %s 2>/dev/null; test $? -eq 1
# A syntax error makes the driver exit with code 1.
x = (1
