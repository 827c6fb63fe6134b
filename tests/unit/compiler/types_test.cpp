// Tests of the type checker's model: Go's amd64 layout, type strings, identity,
// untyped constants' final types, and package variable initialization order.
#include "test_support.h"
#include "types/sizes.h"

#include <gtest/gtest.h>
#include <llvm/Support/Casting.h>

using namespace minigo;
using namespace minigo::types;
using minigo::testing::Checked;

namespace {

Type* typeOfDecl(Checked& c, const std::string& name) {
  return c.lookup(name)->type;
}

TEST(Types, LayoutIsGosAmd64) {
  Checked c(
      "package main\n"
      "type A struct { a bool; b int64; c bool }\n"
      "type B struct { a int32; b struct{} }\n"
      "type C struct { s string; x []int; i interface{} }\n"
      "type D [3]struct{ a byte; b int16 }\n"
      "func main() {}\n");
  ASSERT_EQ(c.errors(), "");
  EXPECT_EQ(sizeOf(typeOfDecl(c, "A")), 24);
  EXPECT_EQ(alignOf(typeOfDecl(c, "A")), 8);
  // A trailing zero-size field gets padding, so &b.b cannot point past the object.
  EXPECT_EQ(sizeOf(typeOfDecl(c, "B")), 8);
  EXPECT_EQ(sizeOf(typeOfDecl(c, "C")), 16 + 24 + 16);
  EXPECT_EQ(ptrDataSize(typeOfDecl(c, "C")), 16 + 24 + 16);
  EXPECT_EQ(sizeOf(typeOfDecl(c, "D")), 12);
  EXPECT_EQ(ptrDataSize(typeOfDecl(c, "D")), 0);
}

TEST(Types, TypeStrings) {
  Checked c(
      "package main\n"
      "type T struct{ a int }\n"
      "var f func(int, ...string) (int, error)\n"
      "var m map[string][]*T\n"
      "var ch <-chan chan<- int\n"
      "var e interface{ M() }\n"
      "func main() {}\n");
  ASSERT_EQ(c.errors(), "");
  EXPECT_EQ(typeString(typeOfDecl(c, "f")), "func(int, ...string) (int, error)");
  EXPECT_EQ(typeString(typeOfDecl(c, "m")), "map[string][]*main.T");
  EXPECT_EQ(typeString(typeOfDecl(c, "ch")), "<-chan chan<- int");
  // The run-time spelling (%T) adds reflect's spaces.
  EXPECT_EQ(runtimeTypeString(typeOfDecl(c, "e")), "interface { M() }");
  EXPECT_EQ(runtimeTypeString(typeOfDecl(c, "T")), "main.T");
  EXPECT_EQ(runtimeTypeString(typeOfDecl(c, "T")->underlying()), "struct { a int }");
}

TEST(Types, Identity) {
  Checked c(
      "package main\n"
      "type T int\n"
      "var a []map[string]int\n"
      "var b []map[string]int\n"
      "var t T\n"
      "var i int\n"
      "func main() {}\n");
  ASSERT_EQ(c.errors(), "");
  EXPECT_TRUE(identical(typeOfDecl(c, "a"), typeOfDecl(c, "b")));
  EXPECT_NE(typeOfDecl(c, "a"), typeOfDecl(c, "b"));  // not canonicalized
  EXPECT_FALSE(identical(typeOfDecl(c, "t"), typeOfDecl(c, "i")));
  EXPECT_TRUE(identical(typeOfDecl(c, "t")->underlying(), typeOfDecl(c, "i")));
}

TEST(Checker, UntypedConstantsGetTheirContextsType) {
  Checked c("package main\nvar x int8 = 1 << 3\nvar y float64 = 1\nfunc main() {}\n");
  ASSERT_EQ(c.errors(), "");
  // The constant "1 << 3" is recorded as int8, the literal in y's initializer as
  // float64: code generation sees run-time types only. (Operands of a constant
  // expression are never materialized and keep their untyped types, as in Go.)
  auto* decl = llvm::cast<syntax::VarDecl>(c.file->decls[0]);
  auto* shift = llvm::cast<syntax::Operation>(decl->values);
  EXPECT_EQ(typeString(c.info.typeOf(shift)), "int8");
  EXPECT_EQ(typeString(c.info.typeOf(shift->x)), "untyped int");
  auto* ydecl = llvm::cast<syntax::VarDecl>(c.file->decls[1]);
  EXPECT_EQ(typeString(c.info.typeOf(ydecl->values)), "float64");
  EXPECT_EQ(c.info.lookup(ydecl->values)->value->string(), "1");
}

TEST(Checker, InitOrderFollowsDependencies) {
  Checked c(
      "package main\n"
      "var a = b + c\n"
      "var b = f()\n"
      "var c = 1\n"
      "var d = 2\n"
      "func f() int { return d }\n"
      "func main() {}\n");
  ASSERT_EQ(c.errors(), "");
  std::vector<std::string> order;
  for (const Initializer& init : c.pkg->initOrder) order.push_back(init.lhs[0]->name);
  // Go's rule: the earliest declared variable whose dependencies are initialized
  // (checked against Go 1.19: c, d, b, a).
  EXPECT_EQ(order, (std::vector<std::string>{"c", "d", "b", "a"}));
}

TEST(Checker, InitializationLoop) {
  Checked c("package main\nvar a = f()\nfunc f() int { return a }\nfunc main() {}\n");
  EXPECT_EQ(c.errors(),
            "t.go:2:5: initialization loop for a\n"
            "\tt.go:2:5: a refers to\n"
            "\tt.go:3:6: f refers to\n"
            "\tt.go:2:5: a\n");
}

TEST(Checker, ErrorsUseGoWording) {
  Checked c(
      "package main\n"
      "func main() {\n"
      "\tvar s string = 5\n"
      "\tx := 1\n"
      "\tvar b byte = 300\n"
      "\t_ = b\n"
      "}\n");
  EXPECT_EQ(
      c.errors(),
      "t.go:3:17: cannot use 5 (untyped int constant) as string value in variable declaration\n"
      "t.go:4:2: x declared but not used\n"
      "t.go:5:15: cannot use 300 (untyped int constant) as byte value in variable declaration "
      "(overflows)\n");
}

}  // namespace
