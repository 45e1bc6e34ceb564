// The Athanor parser: Elixir 1.14's expression grammar for the supported subset.
//
// It reads the token stream after compiler/parse/TokenFilter, which has already decided
// everything spacing-dependent (`f -1` vs `f - 1`, `f(x)` vs `f (x)`, `m[k]` vs `f [k]`),
// merged newlines and `;` into EOE tokens and dropped the newlines Elixir ignores (after
// commas, operators, openers and `do`; before closers, binary operators, `do` and `end`).
//
// Operators are parsed flat (`prefix* operand (binOp prefix* operand)*`) and the AST
// builder applies Elixir's precedence table; this keeps every parser decision LL(1) or
// LL(2) except the ones Elixir itself resolves by shifting:
//   * a no-parens call takes the longest argument list (`f a + b` is `f(a + b)`,
//     `if a, do: f b, else: c` gives `f` the `else:`);
//   * a do-block belongs to the outermost call that can take one: `expr` operands may carry
//     a do-block, `matchedExpr` operands (no-parens arguments) may not, so in
//     `foo bar do ... end` the block goes to `foo`.
// Both are the first alternative of an ambiguous loop/option, which is what ANTLR's SLL
// prediction picks; AstBuilder rejects the shapes Elixir rejects (`[f a, b]`, ...).
parser grammar AthanorParser;

options { tokenVocab = AthanorLexer; }

file     : exprList? EOF ;
exprList : expr (EOE expr)* ;

// ---------------------------------------------------------------------------------------
// Expressions

expr        : prefixOp* operand (binOp prefixOp* operand)* ;
matchedExpr : prefixOp* matchedOperand (binOp prefixOp* matchedOperand)* ;

prefixOp : DUAL_PREFIX | UNARY_OP | NOT | AT_OP | CAPTURE_OP ;

binOp
  : MATCH_OP | DUAL_OP | MULT_OP | POWER_OP | CONCAT_OP | RANGE_OP | TERNARY_OP | XOR_OP
  | AND_OP | AND | OR_OP | OR | IN | NOT_IN | IN_MATCH_OP | TYPE_OP | WHEN | PIPE_OP
  | COMP_OP | REL_OP | ARROW_OP
  ;

// An operand is a chain (a primary and its `.x`, `.f()`, `[k]` suffixes), optionally the
// arguments of a no-parens call on the chain's last identifier, and, in `expr`, a do-block.
operand        : chain callArgsNoParens? doBlock? ;
matchedOperand : chain callArgsNoParens? ;

chain : primary suffix* ;

primary
  : IDENTIFIER                                  # identPrimary
  | OP_IDENT                                    # identPrimary
  | DO_IDENT                                    # identPrimary
  | BRACKET_IDENT                               # identPrimary
  | PAREN_IDENT callParens callParens?          # parenCallPrimary
  | ALIAS                                       # aliasPrimary
  | INTEGER                                     # intPrimary
  | FLOAT                                       # floatPrimary
  | CHAR                                        # charPrimary
  | CAPTURE_INT INTEGER                         # captureIntPrimary
  | (ATOM | ATOM_OP)                            # atomPrimary
  | (TRUE | FALSE | NIL)                        # literalAtomPrimary
  | strLit                                      # strPrimary
  | list                                        # listPrimary
  | tuple                                       # tuplePrimary
  | map                                         # mapPrimary
  | bitstring                                   # bitsPrimary
  | FN stab END                                 # fnPrimary
  | LPAREN stab? RPAREN                         # parenPrimary
  | RANGE_OP                                    # nullaryRangePrimary
  ;

suffix
  : DOT (IDENTIFIER | OP_IDENT | DO_IDENT | BRACKET_IDENT)   # dotIdentSuffix
  | DOT PAREN_IDENT callParens callParens?                  # dotCallSuffix
  | DOT ALIAS                                               # dotAliasSuffix
  | DOT callParens                                          # dotAnonCallSuffix
  | DOT LBRACE containerArgs? RBRACE                        # dotTupleSuffix
  | LBRACKET_ACCESS (kwList | expr COMMA?) RBRACKET          # accessSuffix
  ;

// ---------------------------------------------------------------------------------------
// Calls

callParens : LPAREN callArgs? RPAREN ;
callArgs   : kwList | expr (COMMA expr)* (COMMA kwList)? ;

callArgsNoParens : kwNoParens | matchedExpr (COMMA matchedExpr)* (COMMA kwNoParens)? ;
kwNoParens       : kwKey matchedExpr (COMMA kwKey matchedExpr)* ;

kwList : kwKey expr (COMMA kwKey expr)* COMMA? ;
kwKey  : KW_IDENTIFIER | KW_STRING_START strPart* STRING_END_KW ;

// ---------------------------------------------------------------------------------------
// Blocks and clauses

doBlock   : DO stab? blockItem* END ;
blockItem : BLOCK_KW stab? ;

// A stab is a list of items: plain expressions or `args -> body` clauses. A clause's body
// continues over the plain items that follow it; AstBuilder groups them.
stab     : stabItem (EOE stabItem)* ;
stabItem : STAB_OP expr?                            # bareClause
         | stabArgs (STAB_OP expr?)?                # argsClauseOrExpr
         ;
stabArgs : kwNoParens | expr (COMMA expr)* (COMMA kwNoParens)? ;

// ---------------------------------------------------------------------------------------
// Containers

list          : LBRACKET containerArgs? RBRACKET ;
tuple         : LBRACE containerArgs? RBRACE ;
bitstring     : LT_LT containerArgs? GT_GT ;
containerArgs : kwList | expr (COMMA expr)* (COMMA kwList)? COMMA? ;

map       : MAP_OPEN mapBody? RBRACE                          # plainMap
          | PERCENT prefixOp* chain LBRACE mapBody? RBRACE     # structMap
          ;
mapBody   : expr PIPE_OP kwList                               # mapUpdateKw
          | kwList                                            # mapKw
          | assoc (COMMA assoc)* (COMMA kwList)? COMMA?        # mapAssocs
          ;
assoc     : expr (ASSOC_OP expr)? ;

// ---------------------------------------------------------------------------------------
// Strings, charlists, heredocs, quoted atoms, sigils

strLit  : (BIN_STRING_START | LIST_STRING_START | BIN_HEREDOC_START | LIST_HEREDOC_START
          | ATOM_QUOTED_START | SIGIL_START) strPart* (STRING_END | HEREDOC_END | SIGIL_END) ;
strPart : STR_TEXT | INTERP_START exprList? RBRACE ;
