// Tests of exact constant values: literal forms, arithmetic without rounding, rounding
// to float32/float64 only when asked, and Go's short printing in messages.
#include "types/constant.h"

#include <gtest/gtest.h>

#include <cmath>

using minigo::syntax::LitKind;
using minigo::syntax::Operator;
using minigo::types::Constant;

namespace {

Constant lit(const char* s, LitKind k) {
  return Constant::fromLiteral(s, k);
}

TEST(Constant, IntegerLiterals) {
  EXPECT_EQ(lit("0x1F", LitKind::Int).int64Val(), 31);
  EXPECT_EQ(lit("0o17", LitKind::Int).int64Val(), 15);
  EXPECT_EQ(lit("017", LitKind::Int).int64Val(), 15);
  EXPECT_EQ(lit("0b101", LitKind::Int).int64Val(), 5);
  EXPECT_EQ(lit("1_000_000", LitKind::Int).int64Val(), 1000000);
  EXPECT_EQ(lit("123456789012345678901234567890", LitKind::Int).string(),
            "123456789012345678901234567890");
}

TEST(Constant, FloatLiteralsAreExact) {
  Constant a = lit("0.1", LitKind::Float), b = lit("0.2", LitKind::Float);
  Constant sum = Constant::binaryOp(a, Operator::Add, b, false);
  // 0.1 + 0.2 == 0.3 exactly for untyped constants (not for float64 variables).
  EXPECT_TRUE(Constant::compare(sum, Operator::Eql, lit("0.3", LitKind::Float)));
  EXPECT_EQ(lit("1e3", LitKind::Float).toInt()->get_si(), 1000);
  EXPECT_DOUBLE_EQ(lit("0x1p-2", LitKind::Float).float64Val(), 0.25);
  EXPECT_TRUE(std::isinf(lit("1e400", LitKind::Float).float64Val()));
  EXPECT_TRUE(std::isinf(lit("1e40", LitKind::Float).float32Val()));
  // Rounding is to nearest even, done once.
  EXPECT_EQ(lit("0.1", LitKind::Float).float64Val(), 0.1);
  EXPECT_EQ(lit("0.1", LitKind::Float).float32Val(), 0.1f);
}

TEST(Constant, RunesAndStrings) {
  EXPECT_EQ(lit("'a'", LitKind::Rune).int64Val(), 97);
  EXPECT_EQ(lit("'\\n'", LitKind::Rune).int64Val(), 10);
  EXPECT_EQ(lit("'\\xff'", LitKind::Rune).int64Val(), 255);
  EXPECT_EQ(lit("'世'", LitKind::Rune).int64Val(), 0x4e16);
  EXPECT_EQ(lit("'\\u00e9'", LitKind::Rune).int64Val(), 0xe9);
  EXPECT_EQ(lit("\"a\\tb\\x41\\u00e9\"", LitKind::String).stringVal(), "a\tbA\xc3\xa9");
  EXPECT_EQ(lit("`raw\\n`", LitKind::String).stringVal(), "raw\\n");
  EXPECT_TRUE(lit("'ab'", LitKind::Rune).isUnknown());
}

TEST(Constant, Arithmetic) {
  Constant seven = Constant::makeInt64(7), two = Constant::makeInt64(2);
  EXPECT_EQ(Constant::binaryOp(seven, Operator::Div, two, true).int64Val(), 3);
  EXPECT_EQ(Constant::binaryOp(Constant::makeInt64(-7), Operator::Div, two, true).int64Val(), -3);
  EXPECT_EQ(Constant::binaryOp(Constant::makeInt64(-7), Operator::Rem, two, true).int64Val(), -1);
  EXPECT_EQ(Constant::binaryOp(seven, Operator::Div, two, false).string(), "3.5");
  EXPECT_EQ(Constant::shift(Constant::makeInt64(1), Operator::Shl, 70).string(),
            "1180591620717411303424");
  EXPECT_EQ(Constant::shift(Constant::makeInt64(-9), Operator::Shr, 1).int64Val(), -5);
  // ^x for a uint8 is x XOR 0xFF; for signed or untyped values -x-1.
  EXPECT_EQ(Constant::unaryOp(Operator::Xor, Constant::makeInt64(1), 8).int64Val(), 254);
  EXPECT_EQ(Constant::unaryOp(Operator::Xor, Constant::makeInt64(1), 0).int64Val(), -2);
}

TEST(Constant, ShortStrings) {
  EXPECT_EQ(Constant::makeFloat64(1e100).string(), "1e+100");
  EXPECT_EQ(lit("1e1000", LitKind::Float).string(), "1e+1000");
  EXPECT_EQ(Constant::makeString("a\"b").string(), "\"a\\\"b\"");
  std::string longStr(100, 'x');
  EXPECT_EQ(Constant::makeString(longStr).string(), "\"" + std::string(68, 'x') + "...");
}

}  // namespace
