// Placeholder lexer: replaced by the full Elixir-subset lexer.
lexer grammar AthanorLexer;
INT : [0-9]+ ;
IDENT : [a-z_][a-zA-Z0-9_]* ;
WS : [ \t\r\n]+ -> skip ;
