// oom_test.cpp — when the OS refuses memory the program dies as a Go program does:
// exit status 2 and Go's message (checked against Go 1.19's behaviour under the same
// limits): with RLIMIT_DATA the OS refuses to back reserved memory, giving "fatal
// error: runtime: out of memory"; with RLIMIT_AS no more address space can be reserved,
// giving "runtime: out of memory: cannot allocate N-byte block (M in use)" then
// "fatal error: out of memory". Never a segfault.
#include "alloc_test_util.h"
#include "malloc.h"

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>

namespace {

using namespace runtime;

// procStatusKB reads a "Name:  N kB" line of /proc/self/status.
uint64_t procStatusKB(const char* name) {
  FILE* f = fopen("/proc/self/status", "r");
  if (f == nullptr) return 0;
  char line[256];
  uint64_t v = 0;
  size_t n = strlen(name);
  while (fgets(line, sizeof line, f) != nullptr) {
    if (strncmp(line, name, n) == 0 && line[n] == ':') {
      v = strtoull(line + n + 1, nullptr, 10);
      break;
    }
  }
  fclose(f);
  return v;
}

[[noreturn]] void allocateForever() {
  for (;;) mallocgc(4 << 20, nullptr, true);
}

#if defined(__SANITIZE_THREAD__)
#define SKIP_UNDER_TSAN() \
  GTEST_SKIP() << "address-space limits and ThreadSanitizer's shadow memory do not mix"
#else
#define SKIP_UNDER_TSAN() (void)0
#endif

TEST(OutOfMemoryDeathTest, OSRefusingToBackMemoryIsFatal) {
  SKIP_UNDER_TSAN();
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        mallocgc(64, nullptr, true);  // the first arena is reserved now
        rlimit lim;
        lim.rlim_cur = lim.rlim_max = (procStatusKB("VmData") << 10) + (32 << 20);
        setrlimit(RLIMIT_DATA, &lim);
        allocateForever();
      },
      ::testing::ExitedWithCode(2), "fatal error: runtime: out of memory\n");
}

TEST(OutOfMemoryDeathTest, NoAddressSpaceLeftIsFatal) {
  SKIP_UNDER_TSAN();
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        mallocgc(64, nullptr, true);
        rlimit lim;
        lim.rlim_cur = lim.rlim_max = (procStatusKB("VmSize") << 10) + (32 << 20);
        setrlimit(RLIMIT_AS, &lim);
        allocateForever();
      },
      ::testing::ExitedWithCode(2),
      "runtime: out of memory: cannot allocate [0-9]+-byte block \\([0-9]+ in use\\)\n"
      "fatal error: out of memory\n");
}

}  // namespace
