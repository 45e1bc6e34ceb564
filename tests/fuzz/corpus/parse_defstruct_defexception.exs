defstruct [:a, b: 1]
defexception message: "boom"
