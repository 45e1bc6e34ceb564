@doc "text"
@foo.bar
@foo[1]
@spec f(integer) :: integer
