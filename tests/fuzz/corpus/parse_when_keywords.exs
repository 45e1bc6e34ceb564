@spec f(x, y) :: x when x: integer, y: atom
