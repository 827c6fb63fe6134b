// parser.h — Go's grammar, parsed by recursive descent into the tree of ast.h.
//
// The parser follows the structure of Go's own (cmd/compile/internal/syntax): the same
// productions, the same "syntax error: unexpected X, expecting Y" messages at the same
// positions, and the same recovery (skip to a follow token, or to a statement keyword
// inside function bodies), so that broken programs get Go's diagnostics. It parses the
// whole of Go 1.19's syntax, including what later phases reject as unsupported
// (generics), so that those get a precise "not supported" error rather than a syntax
// error.
#pragma once

#include "syntax/ast.h"
#include "syntax/diagnostics.h"
#include "syntax/lexer.h"

#include <cstdint>
#include <string>

namespace minigo::syntax {

class Parser {
 public:
  Parser(const SourceFile& file, AstArena& arena, Diagnostics& diag);

  // Parses the whole file. Returns null when the package clause is missing or broken
  // (Go stops there too). Syntax errors go to the Diagnostics.
  File* parseFile();

 private:
  Lexer lex_;
  AstArena& arena_;
  Diagnostics& diag_;
  int fnest_ = 0;   // function nesting level (for error recovery)
  int xnest_ = 0;   // expression nesting level (for complit ambiguity resolution)
  int errcnt_ = 0;  // errors reported by the parser itself
  int depth_ = 0;   // nesting of expressions, types and blocks being parsed
  bool tooDeep_ = false;

  // Guards one level of nesting; beyond maxDepth the parser reports an error once and
  // stops descending (Go's own limit is its 1 GB stack, reached at about a million).
  static constexpr int maxDepth = 1000000;
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& p) : p(p) { p.depth_++; }
    ~DepthGuard() { p.depth_--; }
  };
  bool nestingTooDeep();

  int errors() const { return errcnt_ + lex_.errors; }

  // token helpers
  Tok tok() const { return lex_.tok; }
  Pos pos() const { return lex_.pos(); }
  void next() { lex_.next(); }
  bool got(Tok t);
  void want(Tok t);
  bool gotAssign();
  void advance(std::initializer_list<Tok> followlist = {});

  // errors
  void errorAt(Pos pos, std::string msg);
  void error(std::string msg) { errorAt(pos(), std::move(msg)); }
  void syntaxErrorAt(Pos pos, std::string msg);
  void syntaxError(std::string msg) { syntaxErrorAt(pos(), std::move(msg)); }

  // declarations
  template <typename F>
  Pos list(const char* context, Tok sep, Tok close, F f);
  template <typename F>
  void appendGroup(std::vector<Decl*>& list, F f);
  Decl* importDecl(Group* g);
  Decl* constDecl(Group* g);
  Decl* typeDecl(Group* g);
  Decl* varDecl(Group* g);
  FuncDecl* funcDeclOrNull();
  BlockStmt* funcBody();

  // expressions
  Expr* expr();
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  CallStmt* callStmt();
  Expr* operand(bool keepParens);
  Expr* pexpr(Expr* x, bool keepParens);
  Expr* bareComplitexpr();
  CompositeLit* complitexpr();
  Expr* type_();
  Expr* typeOrNull();
  Expr* typeInstance(Expr* typ);
  FuncType* funcType(const char* context, std::vector<Field*>* tparams);
  Expr* arrayType(Pos pos, Expr* len);
  Expr* sliceType(Pos pos);
  Expr* chanElem();
  StructType* structType();
  InterfaceType* interfaceType();
  std::vector<Field*> funcResult();
  void addField(StructType* st, Pos pos, Name* name, Expr* typ, BasicLit* tag);
  void fieldDecl(StructType* st);
  Expr* arrayOrTArgs();
  BasicLit* oliteral();
  Field* methodDecl();
  Field* embeddedElem(Field* f);
  Expr* embeddedTerm();
  Field* paramDeclOrNull(Name* name, Tok follow);
  std::vector<Field*> paramList(Name* name, Expr* typ, Tok close, bool requireNames);
  BadExpr* badExpr();

  // statements
  Stmt* simpleStmt(Expr* lhs, Tok keyword);
  RangeClause* newRangeClause(Expr* lhs, bool def);
  AssignStmt* newAssignStmt(Pos pos, Operator op, Expr* lhs, Expr* rhs);
  Stmt* labeledStmtOrNull(Name* label);
  BlockStmt* blockStmt(const char* context);
  DeclStmt* declStmt(Decl* (Parser::*f)(Group*));
  Stmt* forStmt();
  void header(Tok keyword, Stmt** init, Expr** cond, Stmt** post);
  IfStmt* ifStmt();
  SwitchStmt* switchStmt();
  SelectStmt* selectStmt();
  CaseClause* caseClause();
  CommClause* commClause();
  Stmt* stmtOrNull();
  std::vector<Stmt*> stmtList();
  void argList(std::vector<Expr*>& list, bool& hasDots);

  // common productions
  Name* name();
  std::vector<Name*> nameList(Name* first);
  Expr* qualifiedName(Name* name);
  Expr* exprList();
  Expr* typeList(bool* comma);
};

// Parses src as a file of the given path (for tests and tools).
File* parseSource(SourceSet& sources, AstArena& arena, Diagnostics& diag, std::string path,
                  std::string src);

}  // namespace minigo::syntax
