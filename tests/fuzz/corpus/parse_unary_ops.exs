[-a * b, !x && y, ^pin, not a, ~~~b, +c, - -d]
