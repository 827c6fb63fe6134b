// constant.h — exact values of Go constants (Go's go/constant).
//
// Integers are arbitrary-precision (GMP mpz); floating-point constants are exact
// rationals (GMP mpq), so untyped constant arithmetic never rounds; rounding to float32
// or float64 happens only when a constant is given such a type (MPFR, round to nearest
// even). Complex constants are not part of minigo's language. A value of kind Unknown
// stands for an erroneous constant and absorbs every operation.
#pragma once

#include "syntax/token.h"

#include <gmpxx.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace minigo::types {

class Constant {
 public:
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float };

  Constant() = default;
  static Constant makeBool(bool b);
  static Constant makeString(std::string s);
  static Constant makeInt(mpz_class i);
  static Constant makeInt64(int64_t i);
  static Constant makeUint64(uint64_t i);
  static Constant makeFloat(mpq_class f);
  static Constant makeFloat64(double f);
  // Parses a Go literal of the given kind (int, float, rune or string); Unknown when it
  // is malformed.
  static Constant fromLiteral(std::string_view lit, syntax::LitKind kind);

  Kind kind() const { return kind_; }
  bool isUnknown() const { return kind_ == Kind::Unknown; }
  bool boolVal() const { return b_; }
  const std::string& stringVal() const { return s_; }
  const mpz_class& intVal() const { return i_; }
  const mpq_class& floatVal() const { return f_; }

  // Int view of an Int, or of a Float with an integral value; nullopt otherwise.
  std::optional<mpz_class> toInt() const;
  // Float view of an Int or Float.
  Constant toFloat() const;
  int sign() const;
  // Number of bits needed for |x| (Int only).
  size_t bitLen() const;
  bool fitsInt64() const;
  bool fitsUint64() const;
  int64_t int64Val() const;    // requires fitsInt64
  uint64_t uint64Val() const;  // requires fitsUint64
  // The float64 / float32 nearest to the value (round to nearest even); ±Inf on
  // overflow.
  double float64Val() const;
  float float32Val() const;

  // Go's constant.Value.String: short, for messages ("1e+100", "\"abc\"", "true").
  std::string string() const;
  // Exact decimal/rational text.
  std::string exactString() const;

  // Arithmetic of two constants of the same kind (the checker matches kinds first).
  // op is one of + - * / % & | ^ &^ && ||; intDiv selects truncated integer division
  // for "/" on Int operands. Division by zero must be rejected by the caller.
  static Constant binaryOp(const Constant& x, syntax::Operator op, const Constant& y, bool intDiv);
  static Constant shift(const Constant& x, syntax::Operator op, unsigned s);
  static bool compare(const Constant& x, syntax::Operator op, const Constant& y);
  // Unary + - ^ !; prec is the bit size of an unsigned type for ^ (0 for signed or
  // untyped, where ^x == -x-1).
  static Constant unaryOp(syntax::Operator op, const Constant& x, unsigned prec);

  friend bool operator==(const Constant& a, const Constant& b);

 private:
  Kind kind_ = Kind::Unknown;
  bool b_ = false;
  std::string s_;
  mpz_class i_;
  mpq_class f_;
};

// Go's strconv.Quote, used for string constants in messages.
std::string quoteString(std::string_view s);

}  // namespace minigo::types
