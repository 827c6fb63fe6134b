// ast.h — the syntax tree, shaped as Go's cmd/compile/internal/syntax nodes.
//
// Every node has a kind (for llvm::isa/dyn_cast) and the position Go gives it: the
// operator of a binary Operation, the '(' of a call, the '.' of a selector, the '{' of
// a composite literal, the keyword of a statement, the operator of an assignment.
// startPos() walks to the leftmost position of a node, which is where most type-check
// errors are reported (Go's syntax.StartPos). Nodes are owned by an AstArena and never
// freed before it; pointers between nodes are plain. Types and objects computed by the
// checker are kept outside the tree, in types::Info.
#pragma once

#include "syntax/source.h"
#include "syntax/token.h"

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace minigo::syntax {

enum class NodeKind : uint8_t {
  // expressions
  BadExpr,
  Name,
  BasicLit,
  CompositeLit,
  KeyValueExpr,
  FuncLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  SliceExpr,
  AssertExpr,
  TypeSwitchGuard,
  Operation,
  CallExpr,
  ListExpr,
  // type expressions
  ArrayType,
  SliceType,
  DotsType,
  StructType,
  InterfaceType,
  FuncType,
  MapType,
  ChanType,
  LastExpr = ChanType,
  Field,
  // statements
  EmptyStmt,
  LabeledStmt,
  BlockStmt,
  ExprStmt,
  SendStmt,
  DeclStmt,
  AssignStmt,
  BranchStmt,
  CallStmt,
  ReturnStmt,
  IfStmt,
  ForStmt,
  SwitchStmt,
  SelectStmt,
  RangeClause,
  CaseClause,
  CommClause,
  // declarations
  ImportDecl,
  ConstDecl,
  TypeDecl,
  VarDecl,
  FuncDecl,
  File,
};

struct Node {
  const NodeKind kind;
  Pos pos;
  explicit Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
};

// ---- expressions ----

struct Expr : Node {
  using Node::Node;
  static bool classof(const Node* n) { return n->kind <= NodeKind::LastExpr; }
};

template <NodeKind K, typename Base = Expr>
struct NodeOf : Base {
  static constexpr NodeKind Kind = K;
  explicit NodeOf(Pos p) : Base(K, p) {}
  static bool classof(const Node* n) { return n->kind == K; }
};

struct BadExpr : NodeOf<NodeKind::BadExpr> {
  using NodeOf::NodeOf;
};

struct Name : NodeOf<NodeKind::Name> {
  std::string_view value;
  Name(Pos p, std::string_view v) : NodeOf(p), value(v) {}
};

struct BasicLit : NodeOf<NodeKind::BasicLit> {
  std::string_view value;  // source text
  LitKind litKind = LitKind::Int;
  bool bad = false;  // the lexer reported an error for it
  using NodeOf::NodeOf;
};

struct CompositeLit : NodeOf<NodeKind::CompositeLit> {
  Expr* type = nullptr;  // may be null (elided inner type)
  std::vector<Expr*> elems;
  int nkeys = 0;  // number of KeyValueExpr elements
  Pos rbrace;
  using NodeOf::NodeOf;
};

struct KeyValueExpr : NodeOf<NodeKind::KeyValueExpr> {
  Expr* key = nullptr;
  Expr* value = nullptr;
  using NodeOf::NodeOf;
};

struct FuncType;
struct BlockStmt;

struct FuncLit : NodeOf<NodeKind::FuncLit> {
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
  using NodeOf::NodeOf;
};

struct ParenExpr : NodeOf<NodeKind::ParenExpr> {
  Expr* x = nullptr;
  using NodeOf::NodeOf;
};

struct SelectorExpr : NodeOf<NodeKind::SelectorExpr> {
  Expr* x = nullptr;
  Name* sel = nullptr;
  using NodeOf::NodeOf;
};

struct IndexExpr : NodeOf<NodeKind::IndexExpr> {
  Expr* x = nullptr;
  Expr* index = nullptr;  // a ListExpr for x[a, b] (type arguments; rejected)
  using NodeOf::NodeOf;
};

struct SliceExpr : NodeOf<NodeKind::SliceExpr> {
  Expr* x = nullptr;
  std::array<Expr*, 3> index{};  // each may be null
  bool full = false;             // x[i:j:k]
  using NodeOf::NodeOf;
};

struct AssertExpr : NodeOf<NodeKind::AssertExpr> {
  Expr* x = nullptr;
  Expr* type = nullptr;
  using NodeOf::NodeOf;
};

// x.(type) in a type switch header, optionally with "lhs :=".
struct TypeSwitchGuard : NodeOf<NodeKind::TypeSwitchGuard> {
  Name* lhs = nullptr;
  Expr* x = nullptr;
  using NodeOf::NodeOf;
};

// A unary (y == null) or binary operation. *x as a type is Operation{Mul, x}.
struct Operation : NodeOf<NodeKind::Operation> {
  Operator op = Operator::None;
  Expr* x = nullptr;
  Expr* y = nullptr;
  using NodeOf::NodeOf;
};

struct CallExpr : NodeOf<NodeKind::CallExpr> {
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasDots = false;  // last argument is followed by ...
  using NodeOf::NodeOf;
};

// x, y, z in assignments, returns and declarations' value lists.
struct ListExpr : NodeOf<NodeKind::ListExpr> {
  std::vector<Expr*> elems;
  using NodeOf::NodeOf;
};

struct ArrayType : NodeOf<NodeKind::ArrayType> {
  Expr* len = nullptr;  // null for [...]T
  Expr* elem = nullptr;
  using NodeOf::NodeOf;
};

struct SliceType : NodeOf<NodeKind::SliceType> {
  Expr* elem = nullptr;
  using NodeOf::NodeOf;
};

// ...T, the type of a final variadic parameter.
struct DotsType : NodeOf<NodeKind::DotsType> {
  Expr* elem = nullptr;
  using NodeOf::NodeOf;
};

// A struct field, a function parameter or result, or an interface element.
struct Field : Node {
  static constexpr NodeKind Kind = NodeKind::Field;
  Name* name = nullptr;  // null for embedded fields and unnamed parameters
  Expr* type = nullptr;  // shared between fields declared together (a, b int)
  explicit Field(Pos p) : Node(NodeKind::Field, p) {}
  static bool classof(const Node* n) { return n->kind == NodeKind::Field; }
};

struct StructType : NodeOf<NodeKind::StructType> {
  std::vector<Field*> fields;
  std::vector<BasicLit*> tags;  // aligned with fields when any tag exists; may be shorter
  using NodeOf::NodeOf;
};

struct InterfaceType : NodeOf<NodeKind::InterfaceType> {
  std::vector<Field*> methods;  // name == null: embedded element
  using NodeOf::NodeOf;
};

struct FuncType : NodeOf<NodeKind::FuncType> {
  std::vector<Field*> params;
  std::vector<Field*> results;
  using NodeOf::NodeOf;
};

struct MapType : NodeOf<NodeKind::MapType> {
  Expr* key = nullptr;
  Expr* value = nullptr;
  using NodeOf::NodeOf;
};

enum class ChanDir : uint8_t { Both, SendOnly, RecvOnly };

struct ChanType : NodeOf<NodeKind::ChanType> {
  ChanDir dir = ChanDir::Both;
  Expr* elem = nullptr;
  using NodeOf::NodeOf;
};

// ---- statements ----

struct Stmt : Node {
  using Node::Node;
  static bool classof(const Node* n) {
    return n->kind >= NodeKind::EmptyStmt && n->kind <= NodeKind::CommClause;
  }
};

template <NodeKind K>
using StmtOf = NodeOf<K, Stmt>;

struct EmptyStmt : StmtOf<NodeKind::EmptyStmt> {
  using NodeOf::NodeOf;
};

struct LabeledStmt : StmtOf<NodeKind::LabeledStmt> {
  Name* label = nullptr;
  Stmt* stmt = nullptr;
  using NodeOf::NodeOf;
};

struct BlockStmt : StmtOf<NodeKind::BlockStmt> {
  std::vector<Stmt*> list;
  Pos rbrace;
  using NodeOf::NodeOf;
};

struct ExprStmt : StmtOf<NodeKind::ExprStmt> {
  Expr* x = nullptr;
  using NodeOf::NodeOf;
};

struct SendStmt : StmtOf<NodeKind::SendStmt> {
  Expr* chan = nullptr;
  Expr* value = nullptr;
  using NodeOf::NodeOf;
};

struct Decl;

struct DeclStmt : StmtOf<NodeKind::DeclStmt> {
  std::vector<Decl*> decls;
  using NodeOf::NodeOf;
};

// lhs = rhs (op None), lhs := rhs (op Def), lhs op= rhs, lhs++ / lhs-- (rhs null).
struct AssignStmt : StmtOf<NodeKind::AssignStmt> {
  Operator op = Operator::None;
  Expr* lhs = nullptr;
  Expr* rhs = nullptr;
  using NodeOf::NodeOf;
};

struct BranchStmt : StmtOf<NodeKind::BranchStmt> {
  Tok tok = Tok::None;  // Break, Continue, Fallthrough, Goto
  Name* label = nullptr;
  Stmt* target = nullptr;  // resolved by the checker: the statement broken/continued
  using NodeOf::NodeOf;
};

struct CallStmt : StmtOf<NodeKind::CallStmt> {
  Tok tok = Tok::None;  // Go or Defer
  CallExpr* call = nullptr;
  using NodeOf::NodeOf;
};

struct ReturnStmt : StmtOf<NodeKind::ReturnStmt> {
  Expr* results = nullptr;  // null, an expression, or a ListExpr
  using NodeOf::NodeOf;
};

struct IfStmt : StmtOf<NodeKind::IfStmt> {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* else_ = nullptr;  // null, IfStmt or BlockStmt
  using NodeOf::NodeOf;
};

struct ForStmt : StmtOf<NodeKind::ForStmt> {
  Stmt* init = nullptr;  // a RangeClause for range loops
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  using NodeOf::NodeOf;
};

struct CaseClause : StmtOf<NodeKind::CaseClause> {
  Expr* cases = nullptr;  // null for default; a ListExpr for several
  std::vector<Stmt*> body;
  Pos colon;
  using NodeOf::NodeOf;
};

struct SwitchStmt : StmtOf<NodeKind::SwitchStmt> {
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // may be a TypeSwitchGuard
  std::vector<CaseClause*> body;
  Pos rbrace;
  using NodeOf::NodeOf;
};

struct CommClause : StmtOf<NodeKind::CommClause> {
  Stmt* comm = nullptr;  // null for default
  std::vector<Stmt*> body;
  Pos colon;
  using NodeOf::NodeOf;
};

struct SelectStmt : StmtOf<NodeKind::SelectStmt> {
  std::vector<CommClause*> body;
  Pos rbrace;
  using NodeOf::NodeOf;
};

struct RangeClause : StmtOf<NodeKind::RangeClause> {
  Expr* lhs = nullptr;  // null, an expression, or a ListExpr
  bool def = false;     // :=
  Expr* x = nullptr;
  using NodeOf::NodeOf;
};

// ---- declarations ----

// Specs declared together in parentheses share a Group (for const iota and
// implicit repetition).
struct Group {
  int index = 0;
};

struct Decl : Node {
  using Node::Node;
  Group* group = nullptr;
  static bool classof(const Node* n) {
    return n->kind >= NodeKind::ImportDecl && n->kind <= NodeKind::FuncDecl;
  }
};

template <NodeKind K>
using DeclOf = NodeOf<K, Decl>;

struct ImportDecl : DeclOf<NodeKind::ImportDecl> {
  Name* localName = nullptr;  // including "." and "_"
  BasicLit* path = nullptr;   // null when missing
  using NodeOf::NodeOf;
};

struct ConstDecl : DeclOf<NodeKind::ConstDecl> {
  std::vector<Name*> names;
  Expr* type = nullptr;
  Expr* values = nullptr;  // null: repeat the group's previous spec
  int iota = 0;            // index of this spec within its group
  using NodeOf::NodeOf;
};

struct TypeDecl : DeclOf<NodeKind::TypeDecl> {
  Name* name = nullptr;
  std::vector<Field*> tparams;  // type parameters (rejected: generics)
  bool alias = false;
  Expr* type = nullptr;
  using NodeOf::NodeOf;
};

struct VarDecl : DeclOf<NodeKind::VarDecl> {
  std::vector<Name*> names;
  Expr* type = nullptr;
  Expr* values = nullptr;
  using NodeOf::NodeOf;
};

struct FuncDecl : DeclOf<NodeKind::FuncDecl> {
  Field* recv = nullptr;
  Name* name = nullptr;
  std::vector<Field*> tparams;  // rejected: generics
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;  // null: declared without body
  using NodeOf::NodeOf;
};

struct File : NodeOf<NodeKind::File, Node> {
  Name* pkgName = nullptr;
  std::vector<Decl*> decls;
  Pos eof;
  const SourceFile* source = nullptr;
  using NodeOf::NodeOf;
};

// Owns the nodes of one or more files.
class AstArena {
 public:
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    auto n = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = n.get();
    nodes_.push_back(std::move(n));
    return raw;
  }
  Group* makeGroup() {
    groups_.push_back(std::make_unique<Group>());
    return groups_.back().get();
  }
  // Keeps a string alive as long as the arena (for names made up by the parser).
  std::string_view save(std::string s) {
    strings_.push_back(std::make_unique<std::string>(std::move(s)));
    return *strings_.back();
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<Group>> groups_;
  std::vector<std::unique_ptr<std::string>> strings_;
};

// The leftmost position of n (Go's syntax.StartPos).
Pos startPos(const Node* n);
// The position just after n (Go's syntax.EndPos).
Pos endPos(const Node* n);
// Strips any parentheses around x.
Expr* unparen(Expr* x);

// Go's syntax.String in short form, as type-check messages print expressions:
// "x + y", "f(a, b)", "[]int{…}", "func() {…}" (printer.cpp).
std::string exprString(const Node* n);

}  // namespace minigo::syntax
