// lexer.cpp — see lexer.h. Error texts and positions follow Go 1.19's scanner.
#include "syntax/lexer.h"

#include <unicode/uchar.h>

#include <cstdio>

namespace minigo::syntax {

namespace {

bool isLetterASCII(int32_t c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool isLetter(int32_t c) {
  return isLetterASCII(c) || c == '_';
}
bool isDecimal(int32_t c) {
  return c >= '0' && c <= '9';
}
int32_t lower(int32_t c) {
  return c | 0x20;
}
bool isHex(int32_t c) {
  return isDecimal(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// Index of the first misplaced '_' in a number literal, or -1 (Go's invalidSep).
int invalidSep(std::string_view x) {
  char x1 = ' ';  // prefix char, we only care if it's 'x'
  char d = '.';   // digit, one of '_', '0' (a digit), or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = char(lower(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return int(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return int(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return int(x.size()) - 1;
  return -1;
}

struct Keyword {
  std::string_view text;
  Tok tok;
};
constexpr Keyword keywords[] = {
    {"break", Tok::Break},
    {"case", Tok::Case},
    {"chan", Tok::Chan},
    {"const", Tok::Const},
    {"continue", Tok::Continue},
    {"default", Tok::Default},
    {"defer", Tok::Defer},
    {"else", Tok::Else},
    {"fallthrough", Tok::Fallthrough},
    {"for", Tok::For},
    {"func", Tok::Func},
    {"go", Tok::Go},
    {"goto", Tok::Goto},
    {"if", Tok::If},
    {"import", Tok::Import},
    {"interface", Tok::Interface},
    {"map", Tok::Map},
    {"package", Tok::Package},
    {"range", Tok::Range},
    {"return", Tok::Return},
    {"select", Tok::Select},
    {"struct", Tok::Struct},
    {"switch", Tok::Switch},
    {"type", Tok::Type},
    {"var", Tok::Var},
};

}  // namespace

bool isUnicodeLetter(int32_t r) {
  if (r < 0x80) return isLetterASCII(r);
  return (U_GET_GC_MASK(r) & U_GC_L_MASK) != 0;
}

bool isUnicodeDigit(int32_t r) {
  if (r < 0x80) return isDecimal(r);
  return u_charType(UChar32(r)) == U_DECIMAL_DIGIT_NUMBER;
}

int32_t decodeRune(std::string_view s, uint32_t* size) {
  auto b = [&](size_t i) { return uint8_t(s[i]); };
  if (s.empty()) {
    *size = 0;
    return -1;
  }
  uint8_t c0 = b(0);
  if (c0 < 0x80) {
    *size = 1;
    return c0;
  }
  auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  *size = 1;
  if (c0 >= 0xC2 && c0 <= 0xDF && cont(1)) {
    *size = 2;
    return ((c0 & 0x1F) << 6) | (b(1) & 0x3F);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF && cont(1) && cont(2)) {
    int32_t r = ((c0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
    *size = 3;
    return r;
  }
  if (c0 >= 0xF0 && c0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    int32_t r = ((c0 & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    if (r < 0x10000 || r > 0x10FFFF) return 0xFFFD;
    *size = 4;
    return r;
  }
  return 0xFFFD;
}

void appendRune(std::string& out, int32_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out += char(r);
  } else if (r < 0x800) {
    out += char(0xC0 | (r >> 6));
    out += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += char(0xE0 | (r >> 12));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  } else {
    out += char(0xF0 | (r >> 18));
    out += char(0x80 | ((r >> 12) & 0x3F));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  }
}

std::string formatRuneU(int32_t r) {
  char buf[32];
  snprintf(buf, sizeof buf, "U+%04X", unsigned(r));
  std::string s = buf;
  if (u_isprint(UChar32(r)) || r == ' ') {
    s += " '";
    appendRune(s, r);
    s += "'";
  }
  return s;
}

std::string quoteRune(int32_t r) {
  std::string s = "'";
  switch (r) {
    case '\a': s += "\\a"; break;
    case '\b': s += "\\b"; break;
    case '\f': s += "\\f"; break;
    case '\n': s += "\\n"; break;
    case '\r': s += "\\r"; break;
    case '\t': s += "\\t"; break;
    case '\v': s += "\\v"; break;
    case '\\': s += "\\\\"; break;
    case '\'': s += "\\'"; break;
    default:
      if (r < 0x20 || r == 0x7F) {
        char buf[8];
        snprintf(buf, sizeof buf, "\\x%02x", unsigned(r));
        s += buf;
      } else if (r >= 0x80 && !u_isprint(UChar32(r))) {
        char buf[16];
        if (r < 0x10000)
          snprintf(buf, sizeof buf, "\\u%04x", unsigned(r));
        else
          snprintf(buf, sizeof buf, "\\U%08x", unsigned(r));
        s += buf;
      } else {
        appendRune(s, r);
      }
  }
  return s + "'";
}

Lexer::Lexer(const SourceFile& file, Diagnostics& diag)
    : file_(file), diag_(diag), src_(file.text()) {
  nextch();
  // A byte order mark is allowed as the very first character only.
  if (ch_ == 0xFEFF) nextch();
}

void Lexer::errorAt(uint32_t off, std::string msg) {
  errors++;
  diag_.error(file_.pos(off), std::move(msg));
}

void Lexer::nextch() {
redo:
  cur_ += chSize_;
  if (cur_ >= src_.size()) {
    ch_ = -1;
    chSize_ = 0;
    cur_ = uint32_t(src_.size());
    return;
  }
  uint8_t c = uint8_t(src_[cur_]);
  if (c < 0x80) {
    ch_ = c;
    chSize_ = 1;
    if (c == 0) {
      errorHere("invalid NUL character");
      goto redo;
    }
    return;
  }
  ch_ = decodeRune(src_.substr(cur_), &chSize_);
  if (ch_ == 0xFFFD && chSize_ == 1) {
    errorHere("invalid UTF-8 encoding");
    goto redo;
  }
  if (ch_ == 0xFEFF && cur_ > 0) {
    errorHere("invalid BOM in the middle of the file");
    goto redo;
  }
}

void Lexer::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  bad = false;
  op = Operator::None;
  prec = PrecNone;

redo:
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

  offset = cur_;
  if (isLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
    nextch();
    ident();
    return;
  }

  auto assignop = [this](Operator o, Prec p) {
    op = o;
    prec = p;
    if (ch_ == '=') {
      nextch();
      tok = Tok::AssignOp;
      return;
    }
    tok = Tok::Operator;
  };

  switch (ch_) {
    case -1:
      if (nlsemi) {
        lit = "EOF";
        tok = Tok::Semi;
        break;
      }
      tok = Tok::EOF_;
      break;
    case '\n':
      nextch();
      lit = "newline";
      tok = Tok::Semi;
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': number(false); break;
    case '"': stdString(); break;
    case '`': rawString(); break;
    case '\'': runeLit(); break;
    case '(':
      nextch();
      tok = Tok::Lparen;
      break;
    case '[':
      nextch();
      tok = Tok::Lbrack;
      break;
    case '{':
      nextch();
      tok = Tok::Lbrace;
      break;
    case ',':
      nextch();
      tok = Tok::Comma;
      break;
    case ';':
      nextch();
      lit = "semicolon";
      tok = Tok::Semi;
      break;
    case ')':
      nextch();
      nlsemi_ = true;
      tok = Tok::Rparen;
      break;
    case ']':
      nextch();
      nlsemi_ = true;
      tok = Tok::Rbrack;
      break;
    case '}':
      nextch();
      nlsemi_ = true;
      tok = Tok::Rbrace;
      break;
    case ':':
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Tok::Define;
        break;
      }
      tok = Tok::Colon;
      break;
    case '.':
      nextch();
      if (isDecimal(ch_)) {
        number(true);
        break;
      }
      if (ch_ == '.' && cur_ + 1 < src_.size() && src_[cur_ + 1] == '.') {
        nextch();
        nextch();
        tok = Tok::DotDotDot;
        break;
      }
      tok = Tok::Dot;
      break;
    case '+':
      nextch();
      if (ch_ != '+') {
        assignop(Operator::Add, PrecAdd);
        break;
      }
      nextch();
      op = Operator::Add;
      nlsemi_ = true;
      tok = Tok::IncOp;
      break;
    case '-':
      nextch();
      if (ch_ != '-') {
        assignop(Operator::Sub, PrecAdd);
        break;
      }
      nextch();
      op = Operator::Sub;
      nlsemi_ = true;
      tok = Tok::IncOp;
      break;
    case '*':
      nextch();
      op = Operator::Mul;
      prec = PrecMul;
      if (ch_ == '=') {
        nextch();
        tok = Tok::AssignOp;
        break;
      }
      tok = Tok::Star;
      break;
    case '/':
      nextch();
      if (ch_ == '/') {
        nextch();
        lineComment();
        goto redo;
      }
      if (ch_ == '*') {
        nextch();
        uint32_t startLine = file_.lineCol(offset).line;
        fullComment();
        if (file_.lineCol(cur_).line > startLine && nlsemi) {
          // A multi-line comment acts like a newline.
          lit = "newline";
          tok = Tok::Semi;
          break;
        }
        goto redo;
      }
      assignop(Operator::Div, PrecMul);
      break;
    case '%':
      nextch();
      assignop(Operator::Rem, PrecMul);
      break;
    case '&':
      nextch();
      if (ch_ == '&') {
        nextch();
        op = Operator::AndAnd;
        prec = PrecAndAnd;
        tok = Tok::Operator;
        break;
      }
      if (ch_ == '^') {
        nextch();
        assignop(Operator::AndNot, PrecMul);
        break;
      }
      assignop(Operator::And, PrecMul);
      break;
    case '|':
      nextch();
      if (ch_ == '|') {
        nextch();
        op = Operator::OrOr;
        prec = PrecOrOr;
        tok = Tok::Operator;
        break;
      }
      assignop(Operator::Or, PrecAdd);
      break;
    case '^':
      nextch();
      assignop(Operator::Xor, PrecAdd);
      break;
    case '<':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Operator::Leq;
        prec = PrecCmp;
        tok = Tok::Operator;
        break;
      }
      if (ch_ == '<') {
        nextch();
        assignop(Operator::Shl, PrecMul);
        break;
      }
      if (ch_ == '-') {
        nextch();
        tok = Tok::Arrow;
        break;
      }
      op = Operator::Lss;
      prec = PrecCmp;
      tok = Tok::Operator;
      break;
    case '>':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Operator::Geq;
        prec = PrecCmp;
        tok = Tok::Operator;
        break;
      }
      if (ch_ == '>') {
        nextch();
        assignop(Operator::Shr, PrecMul);
        break;
      }
      op = Operator::Gtr;
      prec = PrecCmp;
      tok = Tok::Operator;
      break;
    case '=':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Operator::Eql;
        prec = PrecCmp;
        tok = Tok::Operator;
        break;
      }
      tok = Tok::Assign;
      break;
    case '!':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Operator::Neq;
        prec = PrecCmp;
        tok = Tok::Operator;
        break;
      }
      op = Operator::Not;
      tok = Tok::Operator;
      break;
    case '~':
      nextch();
      op = Operator::Tilde;
      tok = Tok::Operator;
      break;
    default:
      errorHere("invalid character " + formatRuneU(ch_));
      nextch();
      goto redo;
  }
}

bool Lexer::atIdentChar(bool first) {
  if (isUnicodeLetter(ch_) || ch_ == '_') return true;
  if (isUnicodeDigit(ch_)) {
    if (first) errorHere("identifier cannot begin with digit " + formatRuneU(ch_));
    return true;
  }
  if (ch_ >= 0x80) {
    errorHere("invalid character " + formatRuneU(ch_) + " in identifier");
    return true;
  }
  return false;
}

void Lexer::ident() {
  while (isLetter(ch_) || isDecimal(ch_)) nextch();
  if (ch_ >= 0x80) {
    while (atIdentChar(false)) nextch();
  }
  std::string_view text = src_.substr(offset, cur_ - offset);
  if (text.size() >= 2) {
    for (const Keyword& k : keywords) {
      if (k.text == text) {
        nlsemi_ = k.tok == Tok::Break || k.tok == Tok::Continue || k.tok == Tok::Fallthrough ||
                  k.tok == Tok::Return;
        tok = k.tok;
        lit = text;
        return;
      }
    }
  }
  nlsemi_ = true;
  lit = text;
  tok = Tok::Name;
}

void Lexer::setLit(LitKind k, bool ok) {
  nlsemi_ = true;
  tok = Tok::Literal;
  lit = src_.substr(offset, cur_ - offset);
  bad = !ok;
  kind = k;
}

int Lexer::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid && *invalid < 0) {
        *invalid = int(cur_ - offset);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

void Lexer::number(bool seenPoint) {
  bool ok = true;
  LitKind k = LitKind::Int;
  int base = 10;
  char prefix = 0;  // one of 0 (decimal), '0' (0-octal), 'x', 'o', or 'b'
  int digsep = 0;   // bit 0: digit present, bit 1: '_' present
  int invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x':
          nextch();
          base = 16;
          prefix = 'x';
          break;
        case 'o':
          nextch();
          base = 8;
          prefix = 'o';
          break;
        case 'b':
          nextch();
          base = 2;
          prefix = 'b';
          break;
        default:
          base = 8;
          prefix = '0';
          digsep = 1;  // leading 0
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorHere(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }
  if (seenPoint) {
    k = LitKind::Float;
    digsep |= digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    errorHere(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }
  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorHere(quoteRune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorHere(quoteRune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    k = LitKind::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorHere("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && k == LitKind::Float && ok) {
    errorHere("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (ch_ == 'i') {
    k = LitKind::Imag;
    nextch();
  }
  setLit(k, ok);
  if (k == LitKind::Int && invalid >= 0 && ok) {
    errorAt(offset + uint32_t(invalid), "invalid digit " + quoteRune(lit[size_t(invalid)]) +
                                            " in " + baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int i = invalidSep(lit);
    if (i >= 0) {
      errorAt(offset + uint32_t(i), "'_' must separate successive digits");
      ok = false;
    }
  }
  bad = !ok;
}

bool Lexer::escape(int32_t quote) {
  int n;
  uint32_t base, max;
  switch (ch_) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\': nextch(); return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3;
      base = 8;
      max = 255;
      break;
    case 'x':
      nextch();
      n = 2;
      base = 16;
      max = 255;
      break;
    case 'u':
      nextch();
      n = 4;
      base = 16;
      max = 0x10FFFF;
      break;
    case 'U':
      nextch();
      n = 8;
      base = 16;
      max = 0x10FFFF;
      break;
    default:
      if (ch_ == quote) {
        nextch();
        return true;
      }
      if (ch_ < 0) return true;  // complain in caller about EOF
      errorHere("unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0) return true;
    uint32_t d = base;
    if (isDecimal(ch_)) {
      d = uint32_t(ch_ - '0');
    } else if (lower(ch_) >= 'a' && lower(ch_) <= 'f') {
      d = uint32_t(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      errorHere("invalid character " + quoteRune(ch_) + " in " + baseName(int(base)) + " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    errorHere("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    errorHere("escape is invalid Unicode code point " + formatRuneU(int32_t(x)));
    return false;
  }
  return true;
}

void Lexer::runeLit() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorHere("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(offset, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        errorHere("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        errorAt(offset, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  setLit(LitKind::Rune, ok);
}

void Lexer::stdString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      errorHere("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      errorAt(offset, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(LitKind::String, ok);
}

void Lexer::rawString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      errorAt(offset, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(LitKind::String, ok);
}

void Lexer::lineComment() {
  // Don't consume the '\n': it may become a semicolon.
  while (ch_ >= 0 && ch_ != '\n') nextch();
}

bool Lexer::fullComment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  errorAt(offset, "comment not terminated");
  return false;
}

}  // namespace minigo::syntax
