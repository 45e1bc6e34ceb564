// The Athanor parser: Elixir 1.14's expression grammar for the supported subset.
//
// It reads the token stream after compiler/parse/TokenFilter, which has already decided
// everything spacing-dependent (`f -1` vs `f - 1`, `f(x)` vs `f (x)`, `m[k]` vs `f [k]`,
// unary vs binary `+`/`-`), merged newlines and `;` into EOE tokens and dropped the newlines
// Elixir ignores (after commas, operators, openers, `do`, `->` and keyword keys; before
// closers, binary operators, `.`, `do`, `end` and block keywords).
//
// Operators are parsed flat (`prefix* operand (binOp prefix* operand)*`) and AstBuilder
// applies Elixir's precedence table (elixir_parser.yrl) by precedence climbing; this keeps
// every decision here LL(1) or LL(2) except the ones Elixir itself resolves by shifting:
//   * a call without parentheses takes the longest argument list (`f a + b` is `f(a + b)`,
//     `f g a, b` is `f(g(a, b))`, `if a, do: f b, else: c` gives `f` the `else:`);
//   * a do-block belongs to the outermost call that can take one: `expr` operands may carry
//     a do-block, `matchedExpr` operands (the arguments of a call without parentheses) may
//     not, so in `foo bar do ... end` the block goes to `foo`.
// Both are the first alternative of an ambiguous loop or option, which is what ANTLR picks.
// The grammar accepts a little more than Elixir (`1 2`, `[a: 1, b]`, `(a, b)` outside a
// clause); AstBuilder rejects those shapes with Elixir's messages.
parser grammar AthanorParser;

options { tokenVocab = AthanorLexer; }

file     : exprList? EOF ;
exprList : expr (EOE expr)* ;

// ---------------------------------------------------------------------------------------
// Expressions

expr        : prefixOp* operand (binOp prefixOp* operand)* whenKw? ;
matchedExpr : prefixOp* matchedOperand (binOp prefixOp* matchedOperand)* whenKw? ;

// `when` may take a keyword list (typespecs: `@spec f(t) :: t when t: var`).
whenKw : WHEN_OP kwKey matchedExpr (COMMA kwKey matchedExpr)* ;

prefixOp : DUAL_PREFIX | UNARY_OP | AT_OP | CAPTURE_OP ;

binOp
  : MATCH_OP | DUAL_OP | MULT_OP | POWER_OP | CONCAT_OP | RANGE_OP | TERNARY_OP | XOR_OP
  | AND_OP | OR_OP | IN_OP | NOT_IN | IN_MATCH_OP | TYPE_OP | WHEN_OP | PIPE_OP
  | COMP_OP | REL_OP | ARROW_OP
  ;

// An operand is a primary and its `.x`, `.f()`, `[k]` suffixes, optionally the arguments
// of a call without parentheses on the last identifier, and, in `expr`, a do-block.
operand        : primary suffix* noParensArgs? doBlock? ;
matchedOperand : primary suffix* noParensArgs? ;

primary
  : IDENTIFIER                                  # identPrimary
  | OP_IDENT                                    # identPrimary
  | BRACKET_IDENT                               # identPrimary
  | PAREN_IDENT callParens callParens?          # parenCallPrimary
  | ALIAS                                       # aliasPrimary
  | INTEGER                                     # intPrimary
  | FLOAT                                       # floatPrimary
  | CHAR                                        # charPrimary
  | CAPTURE_INT INTEGER                         # captureIntPrimary
  | ATOM                                        # atomPrimary
  | (TRUE | FALSE | NIL)                        # literalPrimary
  | strLit                                      # strPrimary
  | list                                        # listPrimary
  | tuple                                       # tuplePrimary
  | map                                         # mapPrimary
  | bitstring                                   # bitsPrimary
  | FN stab? END                                # fnPrimary
  | LPAREN stab? RPAREN                         # parenPrimary
  | RANGE_NULLARY                               # nullaryRangePrimary
  ;

suffix
  : DOT (IDENTIFIER | OP_IDENT | BRACKET_IDENT)  # dotIdentSuffix
  | DOT PAREN_IDENT callParens callParens?      # dotCallSuffix
  | DOT ALIAS                                   # dotAliasSuffix
  | DOT_CALL callParens callParens?             # dotAnonCallSuffix
  | DOT LBRACE containerArgs? RBRACE            # dotTupleSuffix
  | LBRACKET_ACCESS containerArgs RBRACKET      # accessSuffix
  ;

// ---------------------------------------------------------------------------------------
// Calls

callParens : LPAREN containerArgs? RPAREN ;

noParensArgs : noParensArg (COMMA noParensArg)* ;
noParensArg  : kwKey matchedExpr | matchedExpr ;

kwKey : KW_IDENTIFIER | KW_STRING_START strPart* STRING_END_KW ;

// ---------------------------------------------------------------------------------------
// Blocks and clauses

doBlock   : DO stab? blockItem* END ;
blockItem : BLOCK_KW stab? ;

// A stab is a list of items: plain expressions or `args -> body` clauses. A clause's body
// continues over the plain items that follow it; AstBuilder groups them.
stab     : stabItem (EOE stabItem)* ;
stabItem
  : STAB_OP expr?                                              # stabNoArgs
  | LPAREN RPAREN (WHEN_OP expr)? STAB_OP expr?                # stabEmptyParens
  | LPAREN containerArgs RPAREN (WHEN_OP expr)? STAB_OP expr?  # stabParens
  | containerArgs (STAB_OP expr?)?                             # stabPlain
  ;

// ---------------------------------------------------------------------------------------
// Containers (also call arguments in parentheses and clause heads): expressions and
// `key: value` pairs separated by commas, with an optional trailing comma. AstBuilder
// checks that keyword pairs come last and where a trailing comma is allowed.

list          : LBRACKET containerArgs? RBRACKET ;
tuple         : LBRACE containerArgs? RBRACE ;
bitstring     : LT_LT containerArgs? GT_GT ;
containerArgs : containerArg (COMMA containerArg)* COMMA? ;
containerArg  : kwKey expr | expr ;

map       : MAP_OPEN mapBody? RBRACE                          # plainMap
          | PERCENT prefixOp* primary suffix* LBRACE mapBody? RBRACE  # structMap
          ;
mapBody   : expr PIPE_OP kwEntries                            # mapUpdateKw
          | mapEntry (COMMA mapEntry)* COMMA?                 # mapEntries
          ;
kwEntries : kwKey expr (COMMA kwKey expr)* COMMA? ;
mapEntry  : kwKey expr | expr (ASSOC_OP expr)? ;

// ---------------------------------------------------------------------------------------
// Strings, charlists, heredocs, quoted atoms, sigils

strLit  : (BIN_STRING_START | LIST_STRING_START | BIN_HEREDOC_START | LIST_HEREDOC_START
          | ATOM_QUOTED_START | SIGIL_START) strPart* (STRING_END | HEREDOC_END | SIGIL_END) ;
strPart : STR_TEXT | INTERP_START exprList? INTERP_END ;
