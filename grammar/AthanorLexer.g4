// The Athanor lexer: Elixir 1.14's raw tokens for the supported subset.
//
// This lexer only cuts the text into raw tokens. Everything that depends on the tokens
// or characters around a token (spacing, what follows an identifier, which newlines end an
// expression, whether `-` is unary) is decided afterwards by the token filter in
// compiler/parse/TokenFilter.cpp, which follows lib/elixir/src/elixir_tokenizer.erl and
// retypes raw tokens into the parser's kinds listed in the `tokens` block below.
//
// Strings, charlists, heredocs, quoted atoms and sigils are lexed in modes: one mode per
// closing delimiter, with and without interpolation. Their contents come out as STR_TEXT
// pieces with escapes still raw (the AST builder unescapes them, because what an escape
// means depends on the kind of literal), and an interpolation `#{` pushes the default mode
// until its `}`. Every `{` pushes the default mode too, so each `}` pops exactly one level;
// the token filter keeps its own bracket stack to tell the `}` that closes an
// interpolation (retyped INTERP_END) from one that closes a tuple or map.
lexer grammar AthanorLexer;

tokens {
  // Produced by the modes below through `type(...)`.
  STR_TEXT, INTERP_START, STRING_END, STRING_END_KW, HEREDOC_END, SIGIL_START, SIGIL_END,
  // Produced by the token filter (never by this lexer).
  EOE,             // end of expression: a run of newlines and `;` that separates expressions
  PAREN_IDENT,     // identifier directly followed by `(`: a call with parentheses
  BRACKET_IDENT,   // identifier directly followed by `[`: an access
  OP_IDENT,        // identifier, a space and a unary-looking `-`/`+` (`f -1` is `f(-1)`)
  DUAL_PREFIX,     // `+`/`-` used as a unary operator
  CAPTURE_INT,     // `&` followed by an integer literal (`&1`), an atomic operand
  NOT_IN,          // `not in`
  IN_OP,           // `in`
  WHEN_OP,         // `when`
  LBRACKET_ACCESS, // `[` that opens an access (`m[k]`, `f(x)[0]`)
  KW_STRING_START, // `"` or `'` opening a quoted keyword key (`"a b": 1`)
  BLOCK_KW,        // `else`, `after`, `catch`, `rescue` (block identifiers)
  DOT_CALL,        // `.` followed by `(`: an anonymous function call `f.(x)`
  RANGE_NULLARY,   // `..` where no operand precedes it: the full range `..`
  INTERP_END       // the `}` closing an interpolation
}

@members {
  // A stray `}` pops an empty mode stack; ANTLR's popMode would throw. Stay in the current
  // mode and let the token filter report the token.
  size_t popMode() override {
    if (modeStack.empty())
      return mode;
    return antlr4::Lexer::popMode();
  }
  // Elixir's keyword keys (`a:`, `"a":`) must be followed by a space, tab or line break.
  bool spaceAhead() {
    size_t c = _input->LA(1);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
  // A heredoc terminator counts only at the start of a line (after indentation).
  bool atLineStart() { return tokenStartCharPositionInLine == 0; }
}

// ---------------------------------------------------------------------------------------
// Layout

// Only spaces and tabs are blanks (a lone `\r` or `\f` is an unexpected token, as in
// Elixir); a comment runs to the line feed. The token filter drops CONTINUATION (a
// backslash before a newline), except at the very end of the file, where Elixir rejects it.
NEWLINE      : '\r'? '\n' ;
WS           : [ \t]+ -> skip ;
CONTINUATION : '\\' '\r'? '\n' ;
COMMENT      : '#' ~[\n]* -> skip ;

// ---------------------------------------------------------------------------------------
// Strings, charlists, heredocs, quoted atoms and sigils

BIN_HEREDOC_START  : '"""' [ \t]* '\r'? '\n' -> pushMode(BIN_HEREDOC) ;
LIST_HEREDOC_START : '\'\'\'' [ \t]* '\r'? '\n' -> pushMode(LIST_HEREDOC) ;
// `"""` not followed by a line break: an error the token filter reports.
BAD_HEREDOC        : '"""' | '\'\'\'' ;
BIN_STRING_START   : '"' -> pushMode(BIN_STRING) ;
LIST_STRING_START  : '\'' -> pushMode(LIST_STRING) ;
ATOM_QUOTED_START  : ':"' -> pushMode(BIN_STRING) ;
ATOM_SQUOTED_START : ':\'' -> type(ATOM_QUOTED_START), pushMode(LIST_STRING) ;

// Sigils: `~` and one letter. Lowercase sigils interpolate, uppercase ones do not.
SIGIL_I_HD_D  : '~' [a-z] '"""' [ \t]* '\r'? '\n' -> type(SIGIL_START), pushMode(SI_HD_D) ;
SIGIL_I_HD_S  : '~' [a-z] '\'\'\'' [ \t]* '\r'? '\n' -> type(SIGIL_START), pushMode(SI_HD_S) ;
SIGIL_I_PAREN : '~' [a-z] '(' -> type(SIGIL_START), pushMode(SI_PAREN) ;
SIGIL_I_BRACK : '~' [a-z] '[' -> type(SIGIL_START), pushMode(SI_BRACK) ;
SIGIL_I_BRACE : '~' [a-z] '{' -> type(SIGIL_START), pushMode(SI_BRACE) ;
SIGIL_I_ANGLE : '~' [a-z] '<' -> type(SIGIL_START), pushMode(SI_ANGLE) ;
SIGIL_I_SLASH : '~' [a-z] '/' -> type(SIGIL_START), pushMode(SI_SLASH) ;
SIGIL_I_PIPE  : '~' [a-z] '|' -> type(SIGIL_START), pushMode(SI_PIPE) ;
SIGIL_I_DQ    : '~' [a-z] '"' -> type(SIGIL_START), pushMode(SI_DQ) ;
SIGIL_I_SQ    : '~' [a-z] '\'' -> type(SIGIL_START), pushMode(SI_SQ) ;
SIGIL_R_HD_D  : '~' [A-Z] '"""' [ \t]* '\r'? '\n' -> type(SIGIL_START), pushMode(SR_HD_D) ;
SIGIL_R_HD_S  : '~' [A-Z] '\'\'\'' [ \t]* '\r'? '\n' -> type(SIGIL_START), pushMode(SR_HD_S) ;
SIGIL_R_PAREN : '~' [A-Z] '(' -> type(SIGIL_START), pushMode(SR_PAREN) ;
SIGIL_R_BRACK : '~' [A-Z] '[' -> type(SIGIL_START), pushMode(SR_BRACK) ;
SIGIL_R_BRACE : '~' [A-Z] '{' -> type(SIGIL_START), pushMode(SR_BRACE) ;
SIGIL_R_ANGLE : '~' [A-Z] '<' -> type(SIGIL_START), pushMode(SR_ANGLE) ;
SIGIL_R_SLASH : '~' [A-Z] '/' -> type(SIGIL_START), pushMode(SR_SLASH) ;
SIGIL_R_PIPE  : '~' [A-Z] '|' -> type(SIGIL_START), pushMode(SR_PIPE) ;
SIGIL_R_DQ    : '~' [A-Z] '"' -> type(SIGIL_START), pushMode(SR_DQ) ;
SIGIL_R_SQ    : '~' [A-Z] '\'' -> type(SIGIL_START), pushMode(SR_SQ) ;
// `~` and a letter without a valid delimiter.
BAD_SIGIL     : '~' [a-zA-Z] ;

// ---------------------------------------------------------------------------------------
// Numbers and characters

FLOAT   : DEC '.' DEC ([eE] [+-]? DEC)? ;
INTEGER : DEC
        | '0x' HEX ('_'? HEX)*
        | '0o' [0-7] ('_'? [0-7])*
        | '0b' [01] ('_'? [01])*
        ;
CHAR    : '?' ('\\' . | ~'\\') ;

fragment DEC : [0-9] ('_'? [0-9])* ;
fragment HEX : [0-9a-fA-F] ;

// ---------------------------------------------------------------------------------------
// Keywords (before identifiers: on equal length the first rule wins). After a `.` they
// are plain identifiers again (`map.do`); the token filter retypes them.

TRUE   : 'true' ;
FALSE  : 'false' ;
NIL    : 'nil' ;
DO     : 'do' ;
END    : 'end' ;
FN     : 'fn' ;
NOT    : 'not' ;
AND    : 'and' ;
OR     : 'or' ;
WHEN   : 'when' ;
IN     : 'in' ;
AFTER  : 'after' ;
ELSE   : 'else' ;
CATCH  : 'catch' ;
RESCUE : 'rescue' ;

// ---------------------------------------------------------------------------------------
// Identifiers, aliases, atoms, keyword keys

// `name:` followed by a space is a keyword key (also for keywords: `do: x`, `else: y`).
KW_IDENTIFIER : (ID_START | [A-Z]) (ID_CONT | '@')* [?!]? ':' {spaceAhead()}? ;
IDENTIFIER    : ID_START ID_CONT* [?!]? ;
ALIAS         : [A-Z] [a-zA-Z0-9_]* ;

ATOM : ':' (ID_START | [A-Z]) (ID_CONT | '@')* [?!]? ;
// Operator atoms (`:+`, `:<>`, `:%{}`); `:"::"` and `:"=>"` must be quoted, `:::` means `::`.
ATOM_OP
  : ':' ( '===' | '!==' | '&&&' | '|||' | '<<<' | '>>>' | '~>>' | '<<~' | '<~>' | '<|>'
        | '^^^' | '~~~' | '+++' | '---' | '...' | '::' | '<<>>' | '%{}' | '..//'
        | '==' | '=~' | '!=' | '<=' | '>=' | '&&' | '||' | '|>' | '~>' | '<~' | '<-'
        | '\\\\' | '++' | '--' | '<>' | '**' | '->' | '..' | '{}'
        | '@' | '!' | '^' | '&' | '+' | '-' | '*' | '/' | '<' | '>' | '=' | '|' | '.' | '%'
        )
  ;

fragment ID_START : [a-z_] | [\u0080-\uFFFE] | [\u{10000}-\u{10FFFF}] ;
fragment ID_CONT  : [a-zA-Z0-9_] | [\u0080-\uFFFE] | [\u{10000}-\u{10FFFF}] ;

// ---------------------------------------------------------------------------------------
// Operators (longest match decides: `<<<` before `<<` before `<`)

COMP_OP     : '===' | '!==' | '==' | '!=' | '=~' ;
REL_OP      : '<=' | '>=' | '<' | '>' ;
AND_OP      : '&&&' | '&&' ;
OR_OP       : '|||' | '||' ;
ARROW_OP    : '|>' | '<<<' | '>>>' | '<<~' | '~>>' | '<~>' | '<~' | '~>' | '<|>' ;
XOR_OP      : '^^^' ;
TERNARY_OP  : '//' ;
CONCAT_OP   : '+++' | '---' | '++' | '--' | '<>' ;
ELLIPSIS_OP : '...' ;
RANGE_OP    : '..' ;
POWER_OP    : '**' ;
MULT_OP     : '*' | '/' ;
DUAL_OP     : '+' | '-' ;
UNARY_OP    : '!' | '^' | '~~~' ;
AT_OP       : '@' ;
CAPTURE_OP  : '&' ;
ASSOC_OP    : '=>' ;
MATCH_OP    : '=' ;
PIPE_OP     : '|' ;
TYPE_OP     : '::' ;
STAB_OP     : '->' ;
IN_MATCH_OP : '<-' | '\\\\' ;

// ---------------------------------------------------------------------------------------
// Punctuation

LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
MAP_OPEN : '%{' -> pushMode(DEFAULT_MODE) ;
LBRACE   : '{' -> pushMode(DEFAULT_MODE) ;
RBRACE   : '}' -> popMode ;
LT_LT    : '<<' ;
GT_GT    : '>>' ;
PERCENT  : '%' ;
COMMA    : ',' ;
SEMI     : ';' ;
DOT      : '.' ;

// Anything else is reported by the token filter as `unexpected token`.
ERROR_CHAR : . ;

// =======================================================================================
// Interpolating literals. Text keeps its escapes; `\` always takes the next character so an
// escaped delimiter or `\#{` never ends the text.

mode BIN_STRING;
BS_END_KW : '":' {spaceAhead()}? -> type(STRING_END_KW), popMode ;
BS_END    : '"' -> type(STRING_END), popMode ;
BS_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
BS_TEXT   : (~["\\#] | '\\' .)+ -> type(STR_TEXT) ;
BS_HASH   : '#' -> type(STR_TEXT) ;
BS_BSLASH : '\\' -> type(STR_TEXT) ;

mode LIST_STRING;
LS_END_KW : '\':' {spaceAhead()}? -> type(STRING_END_KW), popMode ;
LS_END    : '\'' -> type(STRING_END), popMode ;
LS_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
LS_TEXT   : (~['\\#] | '\\' .)+ -> type(STR_TEXT) ;
LS_HASH   : '#' -> type(STR_TEXT) ;
LS_BSLASH : '\\' -> type(STR_TEXT) ;

// Heredoc text stops at each newline so that a closing `"""` is seen at a line start.
mode BIN_HEREDOC;
BH_END    : [ \t]* '"""' {atLineStart()}? -> type(HEREDOC_END), popMode ;
BH_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
BH_TEXT   : (~[\n"\\#] | '\\' .)+ -> type(STR_TEXT) ;
BH_OTHER  : ('\n' | '"' | '#' | '\\') -> type(STR_TEXT) ;

mode LIST_HEREDOC;
LH_END    : [ \t]* '\'\'\'' {atLineStart()}? -> type(HEREDOC_END), popMode ;
LH_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
LH_TEXT   : (~[\n'\\#] | '\\' .)+ -> type(STR_TEXT) ;
LH_OTHER  : ('\n' | '\'' | '#' | '\\') -> type(STR_TEXT) ;

// Sigils end with their delimiter and optional modifier letters (`~r/x/iu`).
mode SI_HD_D;
SIHDD_END    : [ \t]* '"""' [a-zA-Z0-9]* {atLineStart()}? -> type(SIGIL_END), popMode ;
SIHDD_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIHDD_TEXT   : (~[\n"\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIHDD_OTHER  : ('\n' | '"' | '#' | '\\') -> type(STR_TEXT) ;

mode SI_HD_S;
SIHDS_END    : [ \t]* '\'\'\'' [a-zA-Z0-9]* {atLineStart()}? -> type(SIGIL_END), popMode ;
SIHDS_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIHDS_TEXT   : (~[\n'\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIHDS_OTHER  : ('\n' | '\'' | '#' | '\\') -> type(STR_TEXT) ;

mode SI_PAREN;
SIP_END    : ')' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SIP_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIP_TEXT   : (~[)\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIP_OTHER  : ('#' | '\\') -> type(STR_TEXT) ;

mode SI_BRACK;
SIB_END    : ']' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SIB_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIB_TEXT   : (~[\]\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIB_OTHER  : ('#' | '\\') -> type(STR_TEXT) ;

mode SI_BRACE;
SIC_END    : '}' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SIC_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIC_TEXT   : (~[}\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIC_OTHER  : ('#' | '\\') -> type(STR_TEXT) ;

mode SI_ANGLE;
SIA_END    : '>' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SIA_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIA_TEXT   : (~[>\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIA_OTHER  : ('#' | '\\') -> type(STR_TEXT) ;

mode SI_SLASH;
SIS_END    : '/' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SIS_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIS_TEXT   : (~[/\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIS_OTHER  : ('#' | '\\') -> type(STR_TEXT) ;

mode SI_PIPE;
SIV_END    : '|' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SIV_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIV_TEXT   : (~[|\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIV_OTHER  : ('#' | '\\') -> type(STR_TEXT) ;

mode SI_DQ;
SID_END    : '"' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SID_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SID_TEXT   : (~["\\#] | '\\' .)+ -> type(STR_TEXT) ;
SID_OTHER  : ('#' | '\\') -> type(STR_TEXT) ;

mode SI_SQ;
SIQ_END    : '\'' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SIQ_INTERP : '#{' -> type(INTERP_START), pushMode(DEFAULT_MODE) ;
SIQ_TEXT   : (~['\\#] | '\\' .)+ -> type(STR_TEXT) ;
SIQ_OTHER  : ('#' | '\\') -> type(STR_TEXT) ;

// =======================================================================================
// Non-interpolating sigils (`~S`, `~W`, `~C`, ...): `#{` is plain text.

mode SR_HD_D;
SRHDD_END   : [ \t]* '"""' [a-zA-Z0-9]* {atLineStart()}? -> type(SIGIL_END), popMode ;
SRHDD_TEXT  : (~[\n"\\] | '\\' .)+ -> type(STR_TEXT) ;
SRHDD_OTHER : ('\n' | '"' | '\\') -> type(STR_TEXT) ;

mode SR_HD_S;
SRHDS_END   : [ \t]* '\'\'\'' [a-zA-Z0-9]* {atLineStart()}? -> type(SIGIL_END), popMode ;
SRHDS_TEXT  : (~[\n'\\] | '\\' .)+ -> type(STR_TEXT) ;
SRHDS_OTHER : ('\n' | '\'' | '\\') -> type(STR_TEXT) ;

mode SR_PAREN;
SRP_END   : ')' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SRP_TEXT  : (~[)\\] | '\\' .)+ -> type(STR_TEXT) ;
SRP_OTHER : '\\' -> type(STR_TEXT) ;

mode SR_BRACK;
SRB_END   : ']' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SRB_TEXT  : (~[\]\\] | '\\' .)+ -> type(STR_TEXT) ;
SRB_OTHER : '\\' -> type(STR_TEXT) ;

mode SR_BRACE;
SRC_END   : '}' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SRC_TEXT  : (~[}\\] | '\\' .)+ -> type(STR_TEXT) ;
SRC_OTHER : '\\' -> type(STR_TEXT) ;

mode SR_ANGLE;
SRA_END   : '>' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SRA_TEXT  : (~[>\\] | '\\' .)+ -> type(STR_TEXT) ;
SRA_OTHER : '\\' -> type(STR_TEXT) ;

mode SR_SLASH;
SRS_END   : '/' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SRS_TEXT  : (~[/\\] | '\\' .)+ -> type(STR_TEXT) ;
SRS_OTHER : '\\' -> type(STR_TEXT) ;

mode SR_PIPE;
SRV_END   : '|' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SRV_TEXT  : (~[|\\] | '\\' .)+ -> type(STR_TEXT) ;
SRV_OTHER : '\\' -> type(STR_TEXT) ;

mode SR_DQ;
SRD_END   : '"' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SRD_TEXT  : (~["\\] | '\\' .)+ -> type(STR_TEXT) ;
SRD_OTHER : '\\' -> type(STR_TEXT) ;

mode SR_SQ;
SRQ_END   : '\'' [a-zA-Z0-9]* -> type(SIGIL_END), popMode ;
SRQ_TEXT  : (~['\\] | '\\' .)+ -> type(STR_TEXT) ;
SRQ_OTHER : '\\' -> type(STR_TEXT) ;
