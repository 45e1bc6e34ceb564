// AstBuilder: the ANTLR parse tree -> the AST (Elixir's quoted form, see ast/Ast.h).
//
// The only code that walks the parse tree. It
//   * applies Elixir's operator precedence and associativity (elixir_parser.yrl) to the
//     grammar's flat operator sequences, iteratively (no recursion per operator);
//   * builds calls the way elixir_parser.yrl's helpers do: no-parens arguments and
//     do-blocks go to the last identifier of an operand, `@` binds to the primary before
//     `.`/`[]` suffixes, `a.b` without arguments is `{{:., [], [a, :b]}, [no_parens], []}`,
//     `not a in b` and `a not in b` become `not(a in b)`, `a..b//c` is `:"..//"`, stab
//     clauses collect the expressions that follow them, `when` in a clause head is unwrapped;
//   * turns literal tokens into values: numbers, characters, unescaped strings, heredocs with
//     the closing delimiter's indentation stripped, sigils (raw), interpolations
//     (`Kernel.to_string(x) :: binary` in strings, `List.to_charlist` for charlists);
//   * rejects what Elixir's grammar rejects but ours accepts (`1 2`, `[a: 1, b]`, `[f a, b]`,
//     `fn end`, a `->` clause after plain expressions, `a // b`), with Elixir's messages.
// The first error is reported to the DiagnosticEngine and stops the build.
#pragma once

#include "ast/Ast.h"
#include "support/Diagnostics.h"

namespace antlr4 {
class TokenStream;
namespace tree {
class ParseTree;
}
} // namespace antlr4

namespace athanor::parse {

/// Builds the quoted form of a parsed file (`AthanorParser::FileContext`) read from
/// `tokens`. Returns nullptr after reporting an error.
ast::Node *buildAst(antlr4::tree::ParseTree *fileContext, antlr4::TokenStream &tokens,
                    ast::AstContext &ctx, DiagnosticEngine &diags, uint32_t file);

} // namespace athanor::parse
