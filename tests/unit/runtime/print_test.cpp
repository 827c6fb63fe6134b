// Tests of the runtime's print primitives against the text Go's runtime prints
// (values checked with Go 1.19's println).
#include "print.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace {

// Captures what the print primitives write to fd 2 while f runs.
template <typename F>
std::string captureStderr(F f) {
  fflush(stderr);
  int saved = dup(2);
  char path[] = "/tmp/minigo-print-XXXXXX";
  int fd = mkstemp(path);
  dup2(fd, 2);
  f();
  dup2(saved, 2);
  close(saved);
  std::string out;
  lseek(fd, 0, SEEK_SET);
  char buf[256];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  close(fd);
  unlink(path);
  return out;
}

TEST(Print, Integers) {
  EXPECT_EQ(captureStderr([] { runtime::printint(0); }), "0");
  EXPECT_EQ(captureStderr([] { runtime::printint(-42); }), "-42");
  EXPECT_EQ(captureStderr([] { runtime::printint(INT64_MIN); }), "-9223372036854775808");
  EXPECT_EQ(captureStderr([] { runtime::printuint(UINT64_MAX); }), "18446744073709551615");
  EXPECT_EQ(captureStderr([] { runtime::printhex(0x1f); }), "0x1f");
}

TEST(Print, FloatsAsGo) {
  // println(1.5), println(0.1), println(-2e100), println(0.0), 1/0, NaN
  EXPECT_EQ(captureStderr([] { runtime::printfloat(1.5); }), "+1.500000e+000");
  EXPECT_EQ(captureStderr([] { runtime::printfloat(0.1); }), "+1.000000e-001");
  EXPECT_EQ(captureStderr([] { runtime::printfloat(-2e100); }), "-2.000000e+100");
  EXPECT_EQ(captureStderr([] { runtime::printfloat(0.0); }), "+0.000000e+000");
  EXPECT_EQ(captureStderr([] { runtime::printfloat(1.0 / 0.0); }), "+Inf");
  EXPECT_EQ(captureStderr([] { runtime::printfloat(__builtin_nan("")); }), "NaN");
}

TEST(Print, LockGathersOneWrite) {
  std::string out = captureStderr([] {
    runtime::printlock();
    runtime::printbool(true);
    runtime::printsp();
    runtime::printcstr("x");
    runtime::printnl();
    runtime::printunlock();
  });
  EXPECT_EQ(out, "true x\n");
}

}  // namespace
