// Placeholder parser: replaced by the full Elixir-subset grammar.
parser grammar AthanorParser;
options { tokenVocab = AthanorLexer; }
program : (INT | IDENT)* EOF ;
