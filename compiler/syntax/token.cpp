// token.cpp — spellings of tokens and operators (see token.h).
#include "syntax/token.h"

namespace minigo::syntax {

std::string_view tokenString(Tok t) {
  switch (t) {
    case Tok::None: return "";
    case Tok::EOF_: return "EOF";
    case Tok::Name: return "name";
    case Tok::Literal: return "literal";
    case Tok::Operator: return "op";
    case Tok::AssignOp: return "op=";
    case Tok::IncOp: return "opop";
    case Tok::Assign: return "=";
    case Tok::Define: return ":=";
    case Tok::Arrow: return "<-";
    case Tok::Star: return "*";
    case Tok::Lparen: return "(";
    case Tok::Lbrack: return "[";
    case Tok::Lbrace: return "{";
    case Tok::Rparen: return ")";
    case Tok::Rbrack: return "]";
    case Tok::Rbrace: return "}";
    case Tok::Comma: return ",";
    case Tok::Semi: return ";";
    case Tok::Colon: return ":";
    case Tok::Dot: return ".";
    case Tok::DotDotDot: return "...";
    case Tok::Break: return "break";
    case Tok::Case: return "case";
    case Tok::Chan: return "chan";
    case Tok::Const: return "const";
    case Tok::Continue: return "continue";
    case Tok::Default: return "default";
    case Tok::Defer: return "defer";
    case Tok::Else: return "else";
    case Tok::Fallthrough: return "fallthrough";
    case Tok::For: return "for";
    case Tok::Func: return "func";
    case Tok::Go: return "go";
    case Tok::Goto: return "goto";
    case Tok::If: return "if";
    case Tok::Import: return "import";
    case Tok::Interface: return "interface";
    case Tok::Map: return "map";
    case Tok::Package: return "package";
    case Tok::Range: return "range";
    case Tok::Return: return "return";
    case Tok::Select: return "select";
    case Tok::Struct: return "struct";
    case Tok::Switch: return "switch";
    case Tok::Type: return "type";
    case Tok::Var: return "var";
    case Tok::Count: break;
  }
  return "?";
}

std::string_view tokenWord(Tok t) {
  switch (t) {
    case Tok::Comma: return "comma";
    case Tok::Semi: return "semicolon or newline";
    default: return tokenString(t);
  }
}

std::string_view operatorString(Operator op) {
  switch (op) {
    case Operator::None: return "";
    case Operator::Def: return ":";
    case Operator::Not: return "!";
    case Operator::Recv: return "<-";
    case Operator::Tilde: return "~";
    case Operator::OrOr: return "||";
    case Operator::AndAnd: return "&&";
    case Operator::Eql: return "==";
    case Operator::Neq: return "!=";
    case Operator::Lss: return "<";
    case Operator::Leq: return "<=";
    case Operator::Gtr: return ">";
    case Operator::Geq: return ">=";
    case Operator::Add: return "+";
    case Operator::Sub: return "-";
    case Operator::Or: return "|";
    case Operator::Xor: return "^";
    case Operator::Mul: return "*";
    case Operator::Div: return "/";
    case Operator::Rem: return "%";
    case Operator::And: return "&";
    case Operator::AndNot: return "&^";
    case Operator::Shl: return "<<";
    case Operator::Shr: return ">>";
  }
  return "?";
}

Prec precedence(Operator op) {
  switch (op) {
    case Operator::OrOr: return PrecOrOr;
    case Operator::AndAnd: return PrecAndAnd;
    case Operator::Eql:
    case Operator::Neq:
    case Operator::Lss:
    case Operator::Leq:
    case Operator::Gtr:
    case Operator::Geq: return PrecCmp;
    case Operator::Add:
    case Operator::Sub:
    case Operator::Or:
    case Operator::Xor: return PrecAdd;
    case Operator::Mul:
    case Operator::Div:
    case Operator::Rem:
    case Operator::And:
    case Operator::AndNot:
    case Operator::Shl:
    case Operator::Shr: return PrecMul;
    default: return PrecNone;
  }
}

bool isComparison(Operator op) {
  return precedence(op) == PrecCmp;
}

}  // namespace minigo::syntax
