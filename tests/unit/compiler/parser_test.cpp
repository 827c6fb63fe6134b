// Parser tests: the tree's shape and Go's node positions, and expression printing as
// diagnostics use it.
#include "syntax/parser.h"

#include <gtest/gtest.h>
#include <llvm/Support/Casting.h>

#include <sstream>

using namespace minigo;
using namespace minigo::syntax;
using llvm::cast;

namespace {

struct Parsed {
  SourceSet sources;
  AstArena arena;
  std::ostringstream errs;
  File* file = nullptr;
  explicit Parsed(const std::string& src) {
    Diagnostics diag(sources, errs);
    diag.setAllErrors(true);
    file = parseSource(sources, arena, diag, "p.go", src);
    diag.flush();
  }
  std::string pos(Pos p) { return sources.format(p); }
};

// The expression of `var x = <expr>` in a one-declaration file.
Expr* varValue(Parsed& p) {
  return cast<VarDecl>(p.file->decls[0])->values;
}

TEST(Parser, BinaryPrecedence) {
  Parsed p("package p\nvar x = a + b*c == d || e && f\n");
  ASSERT_EQ(p.errs.str(), "");
  auto* top = cast<Operation>(varValue(p));
  EXPECT_EQ(top->op, Operator::OrOr);
  auto* eq = cast<Operation>(top->x);
  EXPECT_EQ(eq->op, Operator::Eql);
  auto* add = cast<Operation>(eq->x);
  EXPECT_EQ(add->op, Operator::Add);
  EXPECT_EQ(cast<Operation>(add->y)->op, Operator::Mul);
  EXPECT_EQ(exprString(top), "a + b * c == d || e && f");
}

TEST(Parser, PositionsAreGos) {
  Parsed p("package p\nvar x = f(a, b).c[1]\n");
  ASSERT_EQ(p.errs.str(), "");
  auto* ix = cast<IndexExpr>(varValue(p));
  // An index expression is at its '[', a selector at its '.', a call at its '('.
  EXPECT_EQ(p.pos(ix->pos), "p.go:2:18");
  auto* sel = cast<SelectorExpr>(ix->x);
  EXPECT_EQ(p.pos(sel->pos), "p.go:2:16");
  EXPECT_EQ(p.pos(cast<CallExpr>(sel->x)->pos), "p.go:2:10");
  // startPos is the leftmost position, where type errors are reported.
  EXPECT_EQ(p.pos(startPos(ix)), "p.go:2:9");
}

TEST(Parser, CompositeLiteralNotAllowedInIfHeader) {
  // `T{}` in an if header is a block, not a literal: the header ends at "{".
  Parsed p("package p\nfunc f() {\n\tif x == T {\n\t}\n}\n");
  EXPECT_EQ(p.errs.str(), "");
  Parsed q("package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n}\n");
  EXPECT_EQ(q.errs.str(), "");
}

TEST(Parser, StatementForms) {
  Parsed p(
      "package p\n"
      "func f() {\n"
      "\tfor i := range s {\n\t}\n"
      "\tswitch v := x.(type) {\n\tcase int:\n\t}\n"
      "\tx, y := 1, 2\n"
      "\tx++\n"
      "\tx += 3\n"
      "L:\n\tfor {\n\t\tbreak L\n\t}\n"
      "}\n");
  ASSERT_EQ(p.errs.str(), "");
  auto* body = cast<FuncDecl>(p.file->decls[0])->body;
  ASSERT_EQ(body->list.size(), 6u);
  EXPECT_TRUE(llvm::isa<RangeClause>(cast<ForStmt>(body->list[0])->init));
  EXPECT_TRUE(llvm::isa<TypeSwitchGuard>(cast<SwitchStmt>(body->list[1])->tag));
  EXPECT_EQ(cast<AssignStmt>(body->list[2])->op, Operator::Def);
  auto* inc = cast<AssignStmt>(body->list[3]);
  EXPECT_EQ(inc->op, Operator::Add);
  EXPECT_EQ(inc->rhs, nullptr);
  // The labeled break found its target.
  auto* labeled = cast<LabeledStmt>(body->list[5]);
  auto* loop = cast<ForStmt>(labeled->stmt);
  auto* brk = cast<BranchStmt>(loop->body->list[0]);
  EXPECT_EQ(brk->target, loop);
}

TEST(Parser, SyntaxErrorsWithGoWording) {
  Parsed p("package p\nfunc f() {\n\tx := \n\ty := )\n}\n");
  EXPECT_EQ(p.errs.str(), "p.go:4:4: syntax error: unexpected := at end of statement\n");
  Parsed q("package p\nx := 1\n");
  EXPECT_EQ(q.errs.str(),
            "p.go:2:1: syntax error: non-declaration statement outside function body\n");
  Parsed r("package p\nfunc f()\n{\n}\n");
  EXPECT_EQ(r.errs.str(), "p.go:3:1: syntax error: unexpected semicolon or newline before {\n");
}

TEST(Parser, ShortFormPrinting) {
  Parsed p("package p\nvar x = []int{1, 2}\nvar y = func(a, b int) (r int) { return }\n");
  ASSERT_EQ(p.errs.str(), "");
  EXPECT_EQ(exprString(cast<VarDecl>(p.file->decls[0])->values), "[]int{…}");
  EXPECT_EQ(exprString(cast<VarDecl>(p.file->decls[1])->values), "func(a, b int) (r int) {…}");
}

TEST(Parser, BranchErrors) {
  Parsed p("package p\nfunc f() {\n\tbreak\nL:\n\tx()\n}\n");
  EXPECT_EQ(p.errs.str(),
            "p.go:3:2: break is not in a loop, switch, or select\n"
            "p.go:4:1: label L defined and not used\n");
}

}  // namespace
