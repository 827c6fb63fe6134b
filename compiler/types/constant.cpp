// constant.cpp — see constant.h.
#include "types/constant.h"

#include "syntax/lexer.h"

#include <mpfr.h>

#include <cassert>
#include <cmath>
#include <cstdio>

namespace minigo::types {

using syntax::Operator;

Constant Constant::makeBool(bool b) {
  Constant c;
  c.kind_ = Kind::Bool;
  c.b_ = b;
  return c;
}

Constant Constant::makeString(std::string s) {
  Constant c;
  c.kind_ = Kind::String;
  c.s_ = std::move(s);
  return c;
}

Constant Constant::makeInt(mpz_class i) {
  Constant c;
  c.kind_ = Kind::Int;
  c.i_ = std::move(i);
  return c;
}

Constant Constant::makeInt64(int64_t i) {
  mpz_class z;
  mpz_set_si(z.get_mpz_t(), long(i));
  return makeInt(z);
}

Constant Constant::makeUint64(uint64_t i) {
  mpz_class z;
  mpz_set_ui(z.get_mpz_t(), (unsigned long)i);
  return makeInt(z);
}

Constant Constant::makeFloat(mpq_class f) {
  Constant c;
  c.kind_ = Kind::Float;
  c.f_ = std::move(f);
  c.f_.canonicalize();
  return c;
}

Constant Constant::makeFloat64(double f) {
  if (!std::isfinite(f)) return Constant();
  mpq_class q;
  mpq_set_d(q.get_mpq_t(), f);
  return makeFloat(q);
}

namespace {

int digitVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 16;
}

// Parses an integer or floating-point literal (underscores allowed) exactly.
std::optional<mpq_class> parseNumber(std::string_view lit, bool* isInt) {
  std::string s;
  for (char c : lit) {
    if (c != '_') s += c;
  }
  int base = 10;
  size_t i = 0;
  bool legacyOctal = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = char(s[1] | 0x20);
    if (p == 'x') {
      base = 16;
      i = 2;
    } else if (p == 'o') {
      base = 8;
      i = 2;
    } else if (p == 'b') {
      base = 2;
      i = 2;
    } else {
      legacyOctal = true;
    }
  }
  mpz_class mant = 0;
  long scale = 0;  // value = mant * base^scale (decimal) or mant * 2^scale (hex)
  bool seenPoint = false;
  bool any = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '.') {
      seenPoint = true;
      continue;
    }
    int d = digitVal(c);
    if (base == 10 && (c == 'e' || c == 'E')) break;
    if (base == 16 && (c == 'p' || c == 'P')) break;
    if (d >= (base == 10 && legacyOctal ? 10 : base)) return std::nullopt;
    mant = mant * (legacyOctal && !seenPoint ? 10 : base) + d;
    any = true;
    if (seenPoint) scale--;
  }
  if (!any) return std::nullopt;
  long exp = 0;
  bool hasExp = false;
  if (i < s.size()) {
    hasExp = true;
    i++;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i >= s.size()) return std::nullopt;
    for (; i < s.size(); i++) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      if (exp < 100000000) exp = exp * 10 + (s[i] - '0');
    }
    if (neg) exp = -exp;
  }
  *isInt = !seenPoint && !hasExp;
  if (*isInt && legacyOctal) {
    // 0-prefixed integer literal: octal
    mant = 0;
    for (size_t k = 1; k < s.size(); k++) mant = mant * 8 + digitVal(s[k]);
    return mpq_class(mant);
  }
  mpq_class v(mant);
  // Exact as far as 10^±1000000 (a 3.3-million-bit integer, quick for GMP): Go keeps
  // even 1e-779137 exact (nonzero) as an untyped constant. Beyond, the arithmetic
  // would not stay bounded; such literals are reported as malformed.
  if (std::labs(exp) > 1000000) return std::nullopt;
  if (base == 16) {
    long e2 = exp + scale * 4;
    mpz_class p2;
    mpz_ui_pow_ui(p2.get_mpz_t(), 2, (unsigned long)std::labs(e2));
    if (e2 >= 0)
      v *= p2;
    else
      v /= p2;
  } else {
    long e10 = exp + scale;
    if (base != 10) e10 = 0;  // 0b/0o floats are rejected by the lexer
    mpz_class p10;
    mpz_ui_pow_ui(p10.get_mpz_t(), 10, (unsigned long)std::labs(e10));
    if (e10 >= 0)
      v *= p10;
    else
      v /= p10;
  }
  v.canonicalize();
  return v;
}

// Decodes the body of a Go string or rune literal with escapes; returns false when
// malformed.
bool unquote(std::string_view lit, std::string* out) {
  if (lit.size() < 2) return false;
  char q = lit.front();
  lit = lit.substr(1, lit.size() - 2);
  if (q == '`') {
    for (char c : lit) {
      if (c != '\r') *out += c;  // carriage returns are discarded from raw strings
    }
    return true;
  }
  for (size_t i = 0; i < lit.size();) {
    char c = lit[i];
    if (c != '\\') {
      *out += c;
      i++;
      continue;
    }
    i++;
    if (i >= lit.size()) return false;
    c = lit[i++];
    auto hex = [&](int n, uint32_t* v) {
      *v = 0;
      for (int k = 0; k < n; k++) {
        if (i >= lit.size()) return false;
        int d = digitVal(lit[i++]);
        if (d >= 16) return false;
        *v = *v * 16 + uint32_t(d);
      }
      return true;
    };
    uint32_t v;
    switch (c) {
      case 'a': *out += '\a'; break;
      case 'b': *out += '\b'; break;
      case 'f': *out += '\f'; break;
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 't': *out += '\t'; break;
      case 'v': *out += '\v'; break;
      case '\\': *out += '\\'; break;
      case '\'': *out += '\''; break;
      case '"': *out += '"'; break;
      case 'x':
        if (!hex(2, &v)) return false;
        *out += char(v);  // a byte, not a rune
        break;
      case 'u':
        if (!hex(4, &v)) return false;
        syntax::appendRune(*out, int32_t(v));
        break;
      case 'U':
        if (!hex(8, &v)) return false;
        syntax::appendRune(*out, int32_t(v));
        break;
      default:
        if (c >= '0' && c <= '7') {
          v = uint32_t(c - '0');
          for (int k = 0; k < 2; k++) {
            if (i >= lit.size() || lit[i] < '0' || lit[i] > '7') return false;
            v = v * 8 + uint32_t(lit[i++] - '0');
          }
          *out += char(v);
          break;
        }
        return false;
    }
  }
  return true;
}

// Rounds q to a binary float with prec bits of mantissa and the exponent range of
// float32/float64 (with subnormals), nearest-even.
double roundTo(const mpq_class& q, int prec, long emin, long emax) {
  mpfr_exp_t oldMin = mpfr_get_emin(), oldMax = mpfr_get_emax();
  mpfr_set_emin(emin);
  mpfr_set_emax(emax);
  mpfr_t f;
  mpfr_init2(f, prec);
  int t = mpfr_set_q(f, q.get_mpq_t(), MPFR_RNDN);
  t = mpfr_subnormalize(f, t, MPFR_RNDN);
  (void)t;
  double d = mpfr_get_d(f, MPFR_RNDN);
  mpfr_clear(f);
  mpfr_set_emin(oldMin);
  mpfr_set_emax(oldMax);
  return d;
}

}  // namespace

Constant Constant::fromLiteral(std::string_view lit, syntax::LitKind kind) {
  switch (kind) {
    case syntax::LitKind::Int:
    case syntax::LitKind::Float: {
      bool isInt = false;
      auto v = parseNumber(lit, &isInt);
      if (!v) return Constant();
      if (kind == syntax::LitKind::Int) {
        if (!isInt) return Constant();
        return makeInt(v->get_num());
      }
      return makeFloat(*v);
    }
    case syntax::LitKind::Rune: {
      std::string s;
      if (!unquote(lit, &s)) return Constant();
      // A rune literal is one character; escapes \x and octal give a byte value.
      if (lit.size() >= 3 && lit[1] == '\\' && (lit[2] == 'x' || (lit[2] >= '0' && lit[2] <= '7')))
        return makeInt64(uint8_t(s[0]));
      uint32_t size = 0;
      int32_t r = syntax::decodeRune(s, &size);
      if (size != s.size()) return Constant();
      return makeInt64(r);
    }
    case syntax::LitKind::String: {
      std::string s;
      if (!unquote(lit, &s)) return Constant();
      return makeString(std::move(s));
    }
    case syntax::LitKind::Imag: break;
  }
  return Constant();
}

std::optional<mpz_class> Constant::toInt() const {
  if (kind_ == Kind::Int) return i_;
  if (kind_ == Kind::Float && f_.get_den() == 1) return f_.get_num();
  return std::nullopt;
}

Constant Constant::toFloat() const {
  if (kind_ == Kind::Int) return makeFloat(mpq_class(i_));
  return *this;
}

int Constant::sign() const {
  switch (kind_) {
    case Kind::Int: return sgn(i_);
    case Kind::Float: return sgn(f_);
    default: return 0;
  }
}

size_t Constant::bitLen() const {
  if (kind_ != Kind::Int || i_ == 0) return 0;
  return mpz_sizeinbase(i_.get_mpz_t(), 2);
}

bool Constant::fitsInt64() const {
  return kind_ == Kind::Int && mpz_cmp_si(i_.get_mpz_t(), INT64_MIN) >= 0 &&
         mpz_cmp_si(i_.get_mpz_t(), INT64_MAX) <= 0;
}

bool Constant::fitsUint64() const {
  return kind_ == Kind::Int && sgn(i_) >= 0 && mpz_sizeinbase(i_.get_mpz_t(), 2) <= 64;
}

int64_t Constant::int64Val() const {
  return int64_t(mpz_get_si(i_.get_mpz_t()));
}

uint64_t Constant::uint64Val() const {
  return uint64_t(mpz_get_ui(i_.get_mpz_t()));
}

double Constant::float64Val() const {
  mpq_class q = kind_ == Kind::Int ? mpq_class(i_) : f_;
  // float64: 53-bit mantissa, exponent range of MPFR's convention (x = m * 2^e,
  // 0.5 <= m < 1): emin = -1073, emax = 1024.
  return roundTo(q, 53, -1073, 1024);
}

float Constant::float32Val() const {
  mpq_class q = kind_ == Kind::Int ? mpq_class(i_) : f_;
  return float(roundTo(q, 24, -148, 128));
}

std::string quoteString(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    uint32_t size = 0;
    int32_t r = syntax::decodeRune(s.substr(i), &size);
    if (r == 0xFFFD && size == 1) {
      char buf[8];
      snprintf(buf, sizeof buf, "\\x%02x", unsigned(uint8_t(s[i])));
      out += buf;
      i++;
      continue;
    }
    i += size;
    switch (r) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\a': out += "\\a"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
      default: break;
    }
    std::string q = syntax::quoteRune(r);  // 'x' or '\x..' / '\u....'
    if (q == "'\\''") q = "'''";
    out += q.substr(1, q.size() - 2);
  }
  return out + "\"";
}

std::string Constant::string() const {
  switch (kind_) {
    case Kind::Unknown: return "unknown";
    case Kind::Bool: return b_ ? "true" : "false";
    case Kind::String: {
      std::string q = quoteString(s_);
      constexpr size_t maxLen = 72;
      // Count runes; shorten to maxLen-3 runes plus "..." when longer than maxLen.
      size_t runes = 0, cut = 0;
      for (size_t i = 0; i < q.size();) {
        uint32_t size;
        syntax::decodeRune(std::string_view(q).substr(i), &size);
        if (runes == maxLen - 3) cut = i;
        i += size;
        runes++;
      }
      if (runes > maxLen) return q.substr(0, cut) + "...";
      return q;
    }
    case Kind::Int: return i_.get_str();
    case Kind::Float: {
      double d = float64Val();
      if (std::isfinite(d) && (sgn(f_) == 0) == (d == 0)) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.6g", d);
        return buf;
      }
      // Out of float64 range: six significant digits and the decimal exponent, from
      // MPFR (a division at 64 bits, not one per decimal digit: 1e779137 is quick).
      mpfr_t x;
      mpfr_init2(x, 64);
      mpfr_set_q(x, f_.get_mpq_t(), MPFR_RNDN);
      mpfr_exp_t e10 = 0;
      char digits[16];
      mpfr_get_str(digits, &e10, 10, 6, x, MPFR_RNDN);
      mpfr_clear(x);
      // digits is [-]dddddd with value 0.dddddd × 10^e10: print as %g does.
      std::string dig = digits;
      std::string sign;
      if (!dig.empty() && dig[0] == '-') {
        sign = "-";
        dig.erase(0, 1);
      }
      while (dig.size() > 1 && dig.back() == '0') dig.pop_back();
      std::string out = sign + dig.substr(0, 1);
      if (dig.size() > 1) out += "." + dig.substr(1);
      char buf[32];
      snprintf(buf, sizeof buf, "e%+ld", long(e10 - 1));
      return out + buf;
    }
  }
  return "unknown";
}

std::string Constant::exactString() const {
  switch (kind_) {
    case Kind::String: return quoteString(s_);
    case Kind::Float:
      if (f_.get_den() == 1) return f_.get_num().get_str();
      return f_.get_str();
    default: return string();
  }
}

Constant Constant::binaryOp(const Constant& x, Operator op, const Constant& y, bool intDiv) {
  if (x.isUnknown() || y.isUnknown()) return Constant();
  switch (x.kind_) {
    case Kind::Bool:
      if (op == Operator::AndAnd) return makeBool(x.b_ && y.b_);
      if (op == Operator::OrOr) return makeBool(x.b_ || y.b_);
      break;
    case Kind::String:
      if (op == Operator::Add) return makeString(x.s_ + y.s_);
      break;
    case Kind::Int: {
      if (y.kind_ == Kind::Float) return binaryOp(x.toFloat(), op, y, false);
      const mpz_class &a = x.i_, &b = y.i_;
      mpz_class r;
      switch (op) {
        case Operator::Add: return makeInt(a + b);
        case Operator::Sub: return makeInt(a - b);
        case Operator::Mul: return makeInt(a * b);
        case Operator::Div:
          if (!intDiv) return makeFloat(mpq_class(a, b));
          mpz_tdiv_q(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
          return makeInt(r);
        case Operator::Rem:
          mpz_tdiv_r(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
          return makeInt(r);
        case Operator::And: return makeInt(a & b);
        case Operator::Or: return makeInt(a | b);
        case Operator::Xor: return makeInt(a ^ b);
        case Operator::AndNot: {
          mpz_class nb;
          mpz_com(nb.get_mpz_t(), b.get_mpz_t());
          return makeInt(a & nb);
        }
        default: break;
      }
      break;
    }
    case Kind::Float: {
      Constant yf = y.toFloat();
      const mpq_class &a = x.f_, &b = yf.f_;
      switch (op) {
        case Operator::Add: return makeFloat(a + b);
        case Operator::Sub: return makeFloat(a - b);
        case Operator::Mul: return makeFloat(a * b);
        case Operator::Div: return makeFloat(a / b);
        default: break;
      }
      break;
    }
    default: break;
  }
  return Constant();
}

Constant Constant::shift(const Constant& x, Operator op, unsigned s) {
  if (x.kind_ != Kind::Int) return Constant();
  mpz_class r;
  if (op == Operator::Shl) {
    mpz_mul_2exp(r.get_mpz_t(), x.i_.get_mpz_t(), s);
  } else {
    mpz_fdiv_q_2exp(r.get_mpz_t(), x.i_.get_mpz_t(), s);  // arithmetic shift
  }
  return makeInt(r);
}

bool Constant::compare(const Constant& x, Operator op, const Constant& y) {
  int c = 0;
  switch (x.kind_) {
    case Kind::Bool:
      if (op == Operator::Eql) return x.b_ == y.b_;
      if (op == Operator::Neq) return x.b_ != y.b_;
      return false;
    case Kind::String: c = x.s_.compare(y.s_); break;
    case Kind::Int:
      if (y.kind_ == Kind::Float) return compare(x.toFloat(), op, y);
      c = cmp(x.i_, y.i_);
      break;
    case Kind::Float: c = cmp(x.f_, y.toFloat().f_); break;
    default: return false;
  }
  switch (op) {
    case Operator::Eql: return c == 0;
    case Operator::Neq: return c != 0;
    case Operator::Lss: return c < 0;
    case Operator::Leq: return c <= 0;
    case Operator::Gtr: return c > 0;
    case Operator::Geq: return c >= 0;
    default: return false;
  }
}

Constant Constant::unaryOp(Operator op, const Constant& x, unsigned prec) {
  if (x.isUnknown()) return x;
  switch (op) {
    case Operator::Add: return x;
    case Operator::Sub:
      if (x.kind_ == Kind::Int) return makeInt(-x.i_);
      if (x.kind_ == Kind::Float) return makeFloat(-x.f_);
      break;
    case Operator::Xor:
      if (x.kind_ == Kind::Int) {
        mpz_class r;
        mpz_com(r.get_mpz_t(), x.i_.get_mpz_t());  // -x-1
        if (prec > 0) {
          // unsigned: ^x == x XOR (1<<prec - 1)
          mpz_class mask = 1;
          mask <<= prec;
          mask -= 1;
          r = x.i_ ^ mask;
        }
        return makeInt(r);
      }
      break;
    case Operator::Not:
      if (x.kind_ == Kind::Bool) return makeBool(!x.b_);
      break;
    default: break;
  }
  return Constant();
}

bool operator==(const Constant& a, const Constant& b) {
  if (a.kind_ != b.kind_) return false;
  switch (a.kind_) {
    case Constant::Kind::Unknown: return true;
    case Constant::Kind::Bool: return a.b_ == b.b_;
    case Constant::Kind::String: return a.s_ == b.s_;
    case Constant::Kind::Int: return a.i_ == b.i_;
    case Constant::Kind::Float: return a.f_ == b.f_;
  }
  return false;
}

}  // namespace minigo::types
